/**
 * Shipping addresses. Indonesia's 38 provinces by their ISO 3166-2:ID code (lower case, as the
 * address's `province`), including the four Papuan provinces formed in 2022; labels live in
 * `@canting/i18n` (`shop:province.<code>`).
 */
export const ID_PROVINCES = [
  "id-ac", "id-su", "id-sb", "id-ri", "id-kr", "id-ja", "id-ss", "id-bb", "id-be", "id-la",
  "id-jk", "id-jb", "id-bt", "id-jt", "id-yo", "id-ji",
  "id-ba", "id-nb", "id-nt",
  "id-kb", "id-kt", "id-ks", "id-ki", "id-ku",
  "id-sa", "id-st", "id-sn", "id-sg", "id-go", "id-sr",
  "id-ma", "id-mu",
  "id-pa", "id-pb", "id-pd", "id-pe", "id-ps", "id-pt",
] as const;
export type IdProvince = (typeof ID_PROVINCES)[number];

export const isIdProvince = (value: unknown): value is IdProvince =>
  typeof value === "string" && (ID_PROVINCES as readonly string[]).includes(value);

/** Indonesian postcodes (kode pos) are five digits. */
export const ID_POSTCODE_PATTERN = /^\d{5}$/;

/** Postcodes elsewhere: letters, digits, spaces and dashes, 2–10 characters (e.g. "SW1A 1AA", "10115", "100-0001"). */
export const INTL_POSTCODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 -]{0,8}[A-Za-z0-9]$/;

/** The address form a country gets: the Indonesian one (province list, kecamatan, kelurahan) or the international one. */
export type AddressForm = "indonesia" | "international";
export const addressFormFor = (countryCode: string): AddressForm => (countryCode.toLowerCase() === "id" ? "indonesia" : "international");
