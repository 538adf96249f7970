import type { Locale } from "@canting/domain";
import { formatPrice } from "@/lib/format";
import type { Translate } from "@/lib/i18n/create";
import type { Money } from "@/lib/types";

/** A price in the region's currency, formatted for the locale ("Rp 350.000", "US$24.50"). */
export function Price({ price, from, locale, t, className = "price" }: {
  price: Money | null; from: boolean; locale: Locale; t: Translate; className?: string;
}) {
  if (!price) return <p className={`${className} ${className}--missing`}>{t("price.unavailable")}</p>;
  const formatted = formatPrice(price, locale);
  return (
    <p className={className} data-testid="price">
      {from ? t("price.from", { price: formatted }) : formatted}
    </p>
  );
}
