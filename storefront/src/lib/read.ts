/**
 * Readers for untrusted JSON from the backend: every adapter turns a response into our own types
 * through these, so an absent or malformed field becomes null instead of a crash or "undefined".
 */
export type Raw = Record<string, unknown>;

/** A JSON object (not an array, not null). */
export const isObj = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);

/** A non-blank string, else null. */
export const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);

/** A finite number, also from a numeric string ("1500000"), else null. */
export const num = (v: unknown): number | null => {
  const n = typeof v === "string" && v.trim() !== "" ? Number(v) : v;
  return typeof n === "number" && Number.isFinite(n) ? n : null;
};
