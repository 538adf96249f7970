/** Reading typed values out of the portal's forms (shared by the onboarding and listing payloads). */

/** A trimmed text value, or undefined when empty. */
export const text = (fd: FormData, name: string): string | undefined => {
  const v = fd.get(name);
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
};

/**
 * A typed number, or the raw text when it is not one (the backend then names the field).
 * `digitsOnly` strips thousands separators and "Rp" ("250.000" → 250000); `decimalComma`
 * reads "1,5" as 1.5.
 */
export const number = (fd: FormData, name: string, digitsOnly = false, decimalComma = false): number | string | undefined =>
  numberFrom(fd.get(name), digitsOnly, decimalComma);

/** The same reading for a value held outside a form (a controlled input's state). */
export const numberFrom = (value: unknown, digitsOnly = false, decimalComma = false): number | string | undefined => {
  const raw = typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  if (raw === undefined) return undefined;
  const cleaned = digitsOnly ? raw.replace(/[\s.,]|^rp/gi, "") : decimalComma ? raw.replace(",", ".") : raw;
  const n = Number(cleaned);
  return cleaned !== "" && Number.isFinite(n) ? n : raw;
};

/**
 * An image picker's hidden URL: the URL when one is chosen, null when the seller removed it
 * (the input is there but empty), undefined when the form has no such input.
 */
export const image = (fd: FormData, name: string): string | null | undefined => {
  const v = fd.get(name);
  if (typeof v !== "string") return undefined;
  return v.trim() === "" ? null : v.trim();
};
