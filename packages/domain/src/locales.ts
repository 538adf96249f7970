/** Storefront locales; the first is the default. */
export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "id";

/** Medusa's locale code for each storefront locale (Translation module, BCP 47). */
export const MEDUSA_LOCALE: Record<Locale, string> = { id: "id-ID", en: "en-US" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Marketplace regions and their currency: Indonesia pays in IDR, everyone else in USD. */
export const REGIONS = [
  { code: "indonesia", currency: "idr", countries: ["id"] },
  // Main export markets for Indonesian batik plus neighbours; extend as markets open.
  { code: "international", currency: "usd", countries: ["us", "gb", "nl", "de", "fr", "jp", "sg", "my", "au", "ae", "sa", "kr"] },
] as const;
export type RegionCode = (typeof REGIONS)[number]["code"];
export type Currency = (typeof REGIONS)[number]["currency"];

/** The region a storefront locale browses in by default: Indonesian shoppers in IDR, English in USD. */
export const LOCALE_REGION: Record<Locale, RegionCode> = { id: "indonesia", en: "international" };

/** Cookie holding the shopper's chosen region; language and region/currency are chosen separately. */
export const REGION_COOKIE = "canting_region";

export function isRegionCode(value: unknown): value is RegionCode {
  return typeof value === "string" && REGIONS.some((r) => r.code === value);
}

/** The region a shopper browses in: their explicit choice (cookie) when valid, else the locale's default. */
export function regionFor(locale: Locale, chosen?: string | null): RegionCode {
  return isRegionCode(chosen) ? chosen : LOCALE_REGION[locale];
}
