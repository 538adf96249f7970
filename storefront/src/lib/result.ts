import { unstable_rethrow } from "next/navigation";
import type { ErrorCode, Resources } from "@canting/i18n";

/**
 * An i18n key for an error: a backend error code in the shared `errors` namespace
 * (`errors:nib_format`, the same texts the backend answers with), a message in `common`
 * (`errors.sellerSessionExpired`) or one of the shop's own (`shop:errors.soldOut`).
 */
export type ErrorKey =
  | `errors:${ErrorCode}`
  | `errors.${keyof Resources["common"]["errors"] & string}`
  | `shop:errors.${keyof Resources["shop"]["errors"] & string}`;

/**
 * What a page, a form or a route shows instead of data: a message for the whole of it (with
 * interpolation values), messages per field, the fields a submit still misses, and the values the
 * person typed so a form posted without JavaScript comes back filled in.
 */
export type Failure = {
  ok: false;
  errorKey: ErrorKey;
  params?: Record<string, string>;
  fieldErrors?: Record<string, ErrorKey>;
  missing?: string[];
  values?: Record<string, string>;
  /** The backend's own message, already in the reader's language, when it says more than our key. */
  detail?: string;
};

/**
 * The one result type: the data, or why not. Reads, server actions and route handlers answer
 * `Result<T>`; the Medusa client answers `Result<T, ApiFailure>` (lib/http/medusa.ts).
 */
export type Result<T, F extends { ok: false } = Failure> = { ok: true; data: T } | F;

/** A server action a form drives with `useActionState`. */
export type FormAction<T> = (previous: Result<T> | null, formData: FormData) => Promise<Result<T>>;

/** Awaits a read and turns any failure into a translated error state (logged on the server). */
export async function attempt<T>(promise: Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, data: await promise };
  } catch (e) {
    unstable_rethrow(e); // let Next's own control-flow errors (notFound, dynamic bailout) through
    console.error("[storefront] backend read failed:", e instanceof Error ? e.message : e);
    return { ok: false, errorKey: "errors.backendUnavailable" };
  }
}
