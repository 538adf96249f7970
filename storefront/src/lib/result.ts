import { unstable_rethrow } from "next/navigation";

/** Outcome of a backend read: the data, or an i18n key the page shows instead of crashing. */
export type Result<T> = { ok: true; data: T } | { ok: false; errorKey: "errors.backendUnavailable" };

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
