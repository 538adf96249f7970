import Link from "next/link";
import { SENTRA, TECHNIQUES, type Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import type { DirectoryFilters, SellerListItem } from "@/lib/sellers-directory";
import { RubricNote } from "@/components/readiness/rubric-note";
import "./sellers-directory.css";

type Loose = (key: string, options?: Record<string, unknown>) => string;

/** GET form for the directory filters; works without JavaScript and keeps the state in the URL. */
export function DirectoryFiltersForm({ locale, filters, t }: { locale: Locale; filters: DirectoryFilters; t: Translate }) {
  const tt = t as unknown as Loose;
  return (
    <form className="directory-filters" action={`/${locale}/sellers`} method="get" data-testid="directory-filters">
      <label>
        {t("sellersDirectory.search")}
        <input type="search" name="q" defaultValue={filters.q} maxLength={100} />
      </label>
      <label>
        {t("sellersDirectory.technique")}
        <select name="technique" defaultValue={filters.technique ?? ""}>
          <option value="">{t("sellersDirectory.any")}</option>
          {TECHNIQUES.map((c) => <option key={c} value={c}>{tt(`vocab:technique.${c}`)}</option>)}
        </select>
      </label>
      <label>
        {t("sellersDirectory.sentra")}
        <select name="sentra" defaultValue={filters.sentra ?? ""}>
          <option value="">{t("sellersDirectory.any")}</option>
          {SENTRA.map((c) => <option key={c} value={c}>{tt(`vocab:sentra.${c}`)}</option>)}
        </select>
      </label>
      <div className="directory-filters__export">
        <label className="choice">
          <input type="checkbox" name="export_ready" value="1" defaultChecked={filters.exportReady} data-testid="filter-export-ready" aria-describedby="export-ready-rubric" />
          <span>{t("sellersDirectory.exportReady")}</span>
        </label>
        <RubricNote locale={locale} t={t} id="export-ready-rubric" />
      </div>
      <button type="submit" className="button button--ghost">{t("sellersDirectory.apply")}</button>
    </form>
  );
}

/**
 * Seller cards: name, place, techniques, size, readiness band (marked "demo" for demo workshops);
 * optionally capacity and an export-desk contact. Under cards with a band: the line saying the band is
 * Canting's own rubric, not an official designation, and which cards are demo data.
 */
export function SellerList({ sellers, locale, t, withCapacity = false, exportDesk }: {
  sellers: SellerListItem[]; locale: Locale; t: Translate; withCapacity?: boolean; exportDesk?: string;
}) {
  const tt = t as unknown as Loose;
  const banded = sellers.filter((s) => s.readinessBand);
  return (
    <>
      <ul className="seller-list" role="list">
        {sellers.map((s) => (
          <li key={s.handle} className="seller-tile" data-testid={`seller-tile-${s.handle}`}>
            <h3><Link href={`/${locale}/sellers/${s.handle}`} aria-label={t("sellersDirectory.view", { name: s.name })}>{s.name}</Link></h3>
            <p className="seller-tile__place">{[s.sentra && tt(`vocab:sentra.${s.sentra}`), s.city].filter(Boolean).join(", ")}</p>
            {s.readinessBand && (
              <p>
                <span className="readiness__band" data-testid="seller-tile-band">{tt(`readiness:band.${s.readinessBand}`)}</span>
                {s.demo && <> <span className="pill pill--demo" data-testid="seller-tile-demo">{t("readiness:demo")}</span></>}
              </p>
            )}
            <p>{s.techniques.map((c) => tt(`vocab:technique.${c}`)).join(" · ")}</p>
            <p className="seller-tile__meta">
              {[s.foundedYear && t("sellersDirectory.founded", { year: s.foundedYear }), s.workforceTotal && t("sellersDirectory.workers", { count: s.workforceTotal })].filter(Boolean).join(" · ")}
            </p>
            {withCapacity && (
              <div className="seller-tile__capacity">
                <h4>{t("exportPage.capacity")}</h4>
                {s.capacity.length === 0 ? <p>{t("exportPage.noCapacity")}</p> : (
                  <ul>{s.capacity.map((c) => <li key={c.technique}>{tt("exportPage.capacityLine", { technique: c.technique, units: c.units, days: c.days })}</li>)}</ul>
                )}
              </div>
            )}
            {exportDesk && (
              <a className="button button--ghost" href={`mailto:${exportDesk}?subject=${encodeURIComponent(`Canting: ${s.name} (${s.handle})`)}`}>
                {t("exportPage.contactButton", { name: s.name })}
              </a>
            )}
          </li>
        ))}
      </ul>
      {banded.length > 0 && <RubricNote locale={locale} t={t} />}
      {banded.some((s) => s.demo) && <p className="readiness__note" data-testid="directory-demo-note">{t("readiness:directoryDemoNote")}</p>}
    </>
  );
}
