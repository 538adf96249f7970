import { errorKeyForCode, fieldErrorsFrom } from "@/lib/seller-portal/errors";
import type { ErrorKey, Failure } from "@/lib/result";

type Body = { message?: unknown; code?: unknown; type?: unknown; errors?: unknown; shortages?: unknown } | null;

/** The `errors:` key of a backend code `@canting/i18n` knows, or null. */
const knownCode = (code: unknown): ErrorKey | null => {
  const key = errorKeyForCode(code);
  return key === "errors:invalid" && code !== "invalid" ? null : key;
};

/** `shipping_address.postal_code` → `postal_code`: the checkout's inputs are named after the address fields. */
const lastSegment = (field: string) => field.split(".").pop() ?? field;

/**
 * A refused Store API call as a form failure. 400 with `errors[]` names fields; 409 `sold_out`
 * says which piece (the caller passes the cart's titles by line/variant id); 401 means the
 * customer session ended; anything unanswered is "the shop cannot be reached".
 */
export function toShopFailure(status: number | undefined, body: unknown, titles: Record<string, string> = {}): Failure {
  const b = body as Body;
  const message = typeof b?.message === "string" ? b.message : undefined;
  if (status === 409 && b?.code === "sold_out") {
    const ids = [
      ...(Array.isArray(b.errors) ? (b.errors as { field?: unknown; variant_id?: unknown }[]).flatMap((e) => [e?.field, e?.variant_id]) : []),
      ...(Array.isArray(b.shortages) ? (b.shortages as { variant_id?: unknown }[]).map((x) => x?.variant_id) : []),
    ];
    const named = [...new Set(ids.flatMap((id) => (typeof id === "string" ? Object.entries(titles).filter(([k]) => id.includes(k)).map(([, v]) => v) : [])))];
    return named.length
      ? { ok: false, errorKey: "shop:errors.soldOutNamed", params: { titles: named.join(", ") }, detail: message }
      : { ok: false, errorKey: "shop:errors.soldOut", detail: message };
  }
  if (status === 400 && b?.code === "below_moq") {
    // A wholesale line below its minimum: `{ code: "below_moq", errors: [{ field, code, minimum }] }`.
    const minimum = Array.isArray(b.errors) ? (b.errors as { minimum?: unknown }[]).map((e) => e?.minimum).find((m) => typeof m === "number") : undefined;
    if (minimum !== undefined) return { ok: false, errorKey: "shop:errors.belowMinimum", params: { minimum: String(minimum) }, detail: message };
  }
  if (status === 400) {
    // Over the stock: `{ errors: [{ field: "quantity", code: "insufficient_stock" }], shortages: [{ variant_id, available }] }`.
    if (Array.isArray(b?.shortages) && b.shortages.length) return { ok: false, errorKey: "shop:errors.notEnoughStock", detail: message };
    const fieldErrors = Object.fromEntries(Object.entries(fieldErrorsFrom(body)).map(([f, k]) => [lastSegment(f), k]));
    if (Object.keys(fieldErrors).length) return { ok: false, errorKey: "shop:errors.invalidData", fieldErrors };
    if (message && /inventory|stock/i.test(message)) return { ok: false, errorKey: "shop:errors.notEnoughStock", detail: message };
    return { ok: false, errorKey: knownCode(b?.code) ?? "shop:errors.invalidData", detail: message };
  }
  if (status === 401) return { ok: false, errorKey: "shop:errors.sessionExpired" };
  if (status === 404) return { ok: false, errorKey: "shop:errors.cartGone" };
  if (status === 409) return { ok: false, errorKey: knownCode(b?.code) ?? "shop:errors.conflict", detail: message };
  if (status !== undefined && status < 500) return { ok: false, errorKey: "shop:errors.invalidData", detail: message };
  return { ok: false, errorKey: "shop:errors.backend" };
}
