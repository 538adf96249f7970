import "server-only";
import { FetchError } from "@medusajs/js-sdk";
import { MEDUSA_LOCALE, type Locale } from "@canting/domain";
import { getSdk } from "@/lib/medusa";

/** A failed call to the Store API; `status` is absent when the backend could not be reached. */
export class BackendError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = "BackendError";
  }
}

export const isNotFoundError = (e: unknown) => e instanceof BackendError && e.status === 404;

const TIMEOUT_MS = 10_000;

/** GETs a Store API path in the shopper's locale; never cached, since prices and stock move. */
export async function storeFetch<T>(path: string, locale: Locale, query: Record<string, unknown> = {}): Promise<T> {
  const medusaLocale = MEDUSA_LOCALE[locale];
  try {
    return await getSdk().client.fetch<T>(path, {
      query: { ...query, locale: medusaLocale },
      headers: { "x-medusa-locale": medusaLocale },
      cache: "no-store",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (e) {
    if (e instanceof FetchError) throw new BackendError(e.message, e.status);
    throw new BackendError(e instanceof Error ? e.message : String(e));
  }
}
