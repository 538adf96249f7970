import { MEDUSA_LOCALE, type Locale } from "@canting/domain";
import type { Money } from "./types";

/** Currencies shown without minor units (Medusa treats IDR as 0-decimal). */
const ZERO_DECIMAL = new Set(["idr", "jpy", "krw"]);

/** Formats a major-unit amount for the shopper's locale: "Rp 350.000" (id, IDR), "$24.50" (en, USD). */
export function formatPrice({ amount, currency }: Money, locale: Locale): string {
  const digits = ZERO_DECIMAL.has(currency.toLowerCase()) ? 0 : 2;
  return new Intl.NumberFormat(MEDUSA_LOCALE[locale], {
    style: "currency",
    currency: currency.toUpperCase(),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount);
}

/** A plain number in the locale's style, at most one decimal (sizes): "115,5" in id, "115.5" in en. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(MEDUSA_LOCALE[locale], { maximumFractionDigits: 1 }).format(value);
}

export const cmToInches = (cm: number) => cm / 2.54;
