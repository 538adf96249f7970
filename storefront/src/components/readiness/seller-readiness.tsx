import { DEFAULT_LOCALE, isLocale, type Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import { formatNumber } from "@/lib/format";
import type { SellerTrust } from "@/lib/types";
import { RubricNote } from "./rubric-note";
import "./readiness.css";

type Loose = (key: string, options?: Record<string, unknown>) => string;

/** The translator's own language (i18next's fixed `t` carries it) when a page does not pass the locale. */
const localeOf = (t: Translate): Locale => {
  const lng = (t as unknown as { lng?: unknown }).lng;
  return typeof lng === "string" && isLocale(lng) ? lng : DEFAULT_LOCALE;
};

/**
 * On a public seller profile: the export-readiness band on Canting's own rubric (not an official
 * designation), how many of the points Canting verified and how many the workshop only declared, a
 * "demo" mark for demo workshops, and verified training badges.
 */
export function SellerReadiness({ trust, t, makerName, locale = localeOf(t) }: { trust: SellerTrust; t: Translate; makerName?: string; locale?: Locale }) {
  const tt = t as unknown as Loose;
  if (!trust.readiness && trust.badges.length === 0) return null;
  const r = trust.readiness;
  return (
    <section className="section readiness" aria-labelledby="seller-readiness-title" data-testid="seller-readiness">
      <h2 id="seller-readiness-title">{makerName ? t("readiness:publicTitleOf", { name: makerName }) : t("readiness:publicTitle")}</h2>
      {r && (
        <div className={`readiness__head readiness__head--${r.band}`}>
          <div>
            <p>
              <span className="readiness__band" data-testid="seller-readiness-band">{tt(`readiness:band.${r.band}`)}</span>
              {r.demo && <> <span className="pill pill--demo" data-testid="seller-readiness-demo">{t("readiness:demo")}</span></>}
            </p>
            <p>{t("readiness:publicScore", { score: r.score, version: r.version })}</p>
            {r.verifiedPoints !== null && r.selfDeclaredPoints !== null && (
              <p data-testid="seller-readiness-split">
                {t("readiness:publicSplit", {
                  total: formatNumber(Math.round((r.verifiedPoints + r.selfDeclaredPoints) * 10) / 10, locale),
                  verified: formatNumber(r.verifiedPoints, locale), declared: formatNumber(r.selfDeclaredPoints, locale),
                })}
              </p>
            )}
            <p className="readiness__meaning">{tt(`readiness:bandMeaning.${r.band}`)} {t("readiness:publicExplain")}</p>
            {r.verifiableMax !== null && <p className="readiness__meaning">{t("readiness:reachable", { reachable: r.verifiableMax, max: r.max })}</p>}
            {r.demo && <p className="readiness__meaning" data-testid="seller-readiness-demo-note">{t("readiness:demoNote")}</p>}
            <RubricNote locale={locale} t={t} version={r.version || undefined} />
          </div>
        </div>
      )}
      {trust.badges.length > 0 && (
        <>
          <h3>{t("readiness:publicBadges")}</h3>
          <ul className="badges" role="list">
            {trust.badges.map((b, i) => (
              <li key={`${b.programName}-${i}`} className="badge-card" data-testid="seller-badge">
                <span className="badge-card__name">
                  {b.programName || (b.programKind ? tt(`vocab:trainingProgram.${b.programKind}`) : "")}{b.year ? ` · ${b.year}` : ""}
                </span>
                {b.organiser && <span>{b.organiser}</span>}
                {b.level && <span className="pill">{tt(`readiness:level.${b.level}`)}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
