import Link from "next/link";
import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import type { SellerRef } from "@/lib/types";

/** "Made by …" on the product page, linking to the seller's profile. */
export function SellerCard({ seller, locale, t }: { seller: SellerRef; locale: Locale; t: Translate }) {
  const place = [seller.sentra && t("seller.sentra", { sentra: t(`vocab:sentra.${seller.sentra}`) }), seller.city]
    .filter(Boolean)
    .join(", ");
  return (
    <aside className="seller-card">
      <p className="seller-card__label">{t("seller.madeBy")}</p>
      <Link
        href={`/${locale}/sellers/${seller.handle}`}
        className="seller-card__name"
        data-testid="seller-link"
        aria-label={t("seller.viewProfile", { name: seller.name })}
      >
        {seller.name}
      </Link>
      {place && <p className="seller-card__place">{place}</p>}
    </aside>
  );
}
