import { resources } from "@canting/i18n";
import type { ErrorKey, Failure } from "@/lib/result";

const CODES = resources.id.errors as Record<string, string>;
const isCode = (code: unknown): code is string => typeof code === "string" && /^[a-z0-9_]+$/.test(code) && code in CODES;

/** The i18n key for a backend error code (`nib_format` → `errors:nib_format`), or the generic "invalid". */
export const errorKeyForCode = (code: unknown): ErrorKey => (isCode(code) ? `errors:${code}` : "errors:invalid") as ErrorKey;

/** `capacity[0].units_per_month` and `capacity.0.units_per_month` become the latter. */
export const normalizeFieldPath = (field: string) => field.replace(/\[(\w+)\]/g, ".$1").replace(/^\./, "");

type BackendErrorBody = { errors?: unknown; missing?: unknown; code?: unknown };

/** Field → i18n key for each entry of a 400's `errors[]` (the first error per field wins). */
export function fieldErrorsFrom(body: unknown): Record<string, ErrorKey> {
  const list = (body as BackendErrorBody | null)?.errors;
  const out: Record<string, ErrorKey> = {};
  if (!Array.isArray(list)) return out;
  for (const entry of list as { field?: unknown; code?: unknown }[]) {
    const field = typeof entry?.field === "string" && entry.field ? normalizeFieldPath(entry.field) : "body";
    out[field] ??= errorKeyForCode(entry?.code);
  }
  return out;
}

/**
 * Turns a failed backend call into what a form shows: a message for the form, messages per field,
 * and for a submit with gaps the list of missing fields. `status` is undefined when nothing answered.
 */
export function toActionFailure(status: number | undefined, body: unknown): Failure {
  const b = body as BackendErrorBody | null;
  if (status === 400) {
    if (Array.isArray(b?.missing)) {
      return { ok: false, errorKey: "errors:incomplete", missing: b.missing.filter((m): m is string => typeof m === "string") };
    }
    return { ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: fieldErrorsFrom(body) };
  }
  if (status === 413) return { ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { file: "errors:file_too_large" } };
  if (status === 401) return { ok: false, errorKey: "errors.sellerSessionExpired" };
  if (status === 403 || status === 409) {
    // A 409 may name fields (e.g. each verified identity field an edit tried to change: `identity_locked`).
    const fieldErrors = fieldErrorsFrom(body);
    const errorKey = isCode(b?.code) ? errorKeyForCode(b.code) : "errors:status_locked";
    return Object.keys(fieldErrors).length ? { ok: false, errorKey, fieldErrors } : { ok: false, errorKey };
  }
  if (status === 404) return { ok: false, errorKey: "errors:not_found" };
  return { ok: false, errorKey: "errors.backendUnavailable" };
}

/**
 * Attaches each field error to an input the form has: `capacity.0.units_per_month` stays when the
 * form has that input, otherwise it moves to its closest ancestor the form has (`kbli.2` → `kbli`).
 */
export function attachToInputs(fieldErrors: Record<string, ErrorKey>, inputs: readonly string[]): Record<string, ErrorKey> {
  const out: Record<string, ErrorKey> = {};
  for (const [field, key] of Object.entries(fieldErrors)) {
    let target = field;
    const parts = field.split(".");
    while (!inputs.includes(target) && parts.length > 1) {
      parts.pop();
      target = parts.join(".");
    }
    out[inputs.includes(target) ? target : field] ??= key;
  }
  return out;
}
