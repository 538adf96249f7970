import { MEDUSA_LOCALE, type Locale } from "./locales.js";

/** Currencies shown without minor units (Medusa stores IDR as a 0-decimal currency). */
const ZERO_DECIMAL = new Set(["idr", "jpy", "krw"]);

/** How many decimals a currency is shown with: IDR none, USD two. */
export const currencyDigits = (currency: string): number => (ZERO_DECIMAL.has(currency.toLowerCase()) ? 0 : 2);

/**
 * A major-unit amount for a reader of `locale`: "Rp 350.000" (id, IDR), "US$24.50" (en, USD).
 * A bare "$" is ambiguous to export buyers (AUD, SGD, ...), so US dollars always say "US$".
 */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  const code = currency.toUpperCase();
  const digits = currencyDigits(code);
  const parts = new Intl.NumberFormat(MEDUSA_LOCALE[locale], {
    style: "currency", currency: code, minimumFractionDigits: digits, maximumFractionDigits: digits,
  }).formatToParts(amount);
  return parts.map((p) => (p.type === "currency" && code === "USD" && p.value === "$" ? "US$" : p.value)).join("");
}
