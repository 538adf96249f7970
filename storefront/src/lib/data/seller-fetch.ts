import "server-only";
import { clientAddressHeaders } from "./client-address";
import { MEDUSA_LOCALE, type Locale } from "@canting/domain";
import { getServerEnv } from "@/env";
import { BackendError } from "./store-fetch";

/** A seller API call the backend answered with an error; `body` keeps `errors[]` and `missing[]`. */
export class SellerApiError extends BackendError {
  constructor(message: string, status: number, readonly body: unknown) {
    super(message, status);
    this.name = "SellerApiError";
  }
}

export const isUnauthorized = (e: unknown) => e instanceof BackendError && e.status === 401;

const TIMEOUT_MS = 15_000;

type SellerFetchInit = {
  locale: Locale;
  /** The seller's JWT (session), or the registration token for `POST /sellers`. */
  token?: string;
  method?: "GET" | "POST" | "DELETE";
  /** A JSON body, or FormData for multipart uploads. */
  body?: Record<string, unknown> | FormData;
};

/**
 * Calls a seller route (`/auth/seller/*`, `/sellers/*`) in the seller's language. Unlike
 * `storeFetch` it sends a bearer token instead of the publishable key, writes as well as reads,
 * and keeps the error body, because forms show the backend's `errors[]` next to their fields.
 */
export async function sellerFetch<T>(path: string, { locale, token, method = "GET", body }: SellerFetchInit): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json", "x-medusa-locale": MEDUSA_LOCALE[locale], ...(await clientAddressHeaders()) };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body && !(body instanceof FormData)) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(`${getServerEnv().medusaBackendUrl}${path}`, {
      method,
      headers,
      body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined,
      cache: "no-store",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (e) {
    throw new BackendError(e instanceof Error ? e.message : String(e));
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (json as { message?: unknown } | null)?.message;
    throw new SellerApiError(typeof message === "string" ? message : response.statusText, response.status, json);
  }
  return json as T;
}
