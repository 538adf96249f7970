import Link from "next/link";
import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import type { LowStockListing } from "@/lib/stock-alerts";

/** "Running low": the workshop's listings at or below their alert level, each linked to its page to restock. Nothing when none is. */
export function LowStockNotice({ listings, locale, t }: { listings: LowStockListing[]; locale: Locale; t: Translate }) {
  if (!listings.length) return null;
  return (
    <section className="portal-nav" role="status" aria-labelledby="low-stock-title" data-testid="low-stock-notice">
      <h2 id="low-stock-title" className="portal-nav__title">{t("sellerPortal.lowStock.title")}</h2>
      <p>{t("sellerPortal.lowStock.lead")}</p>
      <ul>
        {listings.map((l) => (
          <li key={l.id} data-testid="low-stock-item">
            <Link href={`/${locale}/seller/products/${encodeURIComponent(l.id)}`}>{l.title}</Link>
            {" · "}
            {l.variants.map((v) => t("sellerPortal.lowStock.item", { variant: v.title, available: v.available, threshold: l.threshold })).join("; ")}
            {" · "}
            <Link href={`/${locale}/seller/products/${encodeURIComponent(l.id)}`} aria-label={`${t("sellerPortal.lowStock.restock")}: ${l.title}`}>
              {t("sellerPortal.lowStock.restock")}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
