// A subpath of @canting/domain, not its index: client JavaScript then holds this module only, not
// the whole package (rubric, vocabularies, rules), whatever the bundler shakes out of the index.
import { MEDUSA_LOCALE, type Locale } from "@canting/domain/locales";
import type { Money } from "./types";

/** Currencies shown without minor units (Medusa treats IDR as 0-decimal). */
const ZERO_DECIMAL = new Set(["idr", "jpy", "krw"]);

/**
 * Formats a major-unit amount for the shopper's locale: "Rp 350.000" (id, IDR), "US$24.50" (en, USD).
 * A bare "$" is ambiguous to export buyers (AUD, SGD, ...), so US dollars always say "US$".
 */
export function formatPrice({ amount, currency }: Money, locale: Locale): string {
  const code = currency.toUpperCase();
  const digits = ZERO_DECIMAL.has(code.toLowerCase()) ? 0 : 2;
  const parts = new Intl.NumberFormat(MEDUSA_LOCALE[locale], {
    style: "currency",
    currency: code,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).formatToParts(amount);
  return parts.map((p) => (p.type === "currency" && code === "USD" && p.value === "$" ? "US$" : p.value)).join("");
}

/** A plain number in the locale's style, at most one decimal (sizes): "115,5" in id, "115.5" in en. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(MEDUSA_LOCALE[locale], { maximumFractionDigits: 1 }).format(value);
}

export const cmToInches = (cm: number) => cm / 2.54;
