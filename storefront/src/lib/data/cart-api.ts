import "server-only";
import { MEDUSA_LOCALE, type Locale } from "@canting/domain";
import { getServerEnv } from "@/env";
import { BackendError } from "./store-fetch";
import { readCustomerToken } from "./customer-session";
import { clientAddressHeaders } from "./client-address";

/** A Store API call the backend refused; `body` keeps `{ message, code, errors[] }` for the forms. */
export class StoreApiError extends BackendError {
  constructor(message: string, status: number, readonly body: unknown) {
    super(message, status);
    this.name = "StoreApiError";
  }
}

const TIMEOUT_MS = 20_000;

type StoreCallInit = {
  locale: Locale;
  method?: "GET" | "POST" | "DELETE";
  body?: Record<string, unknown>;
  query?: Record<string, string | number | string[] | undefined>;
  /**
   * The customer's JWT, for `/store/customers/me*`, `/store/orders` and carts bound to a customer.
   * Left out, the signed-in shopper's token (cookie) is sent; `null` sends none.
   */
  token?: string | null;
  /** Extra request headers (e.g. the proof that this browser placed an order). */
  headers?: Record<string, string>;
};

/**
 * Calls the Store API (`/store/*`, `/auth/customer/*`) with the publishable key in the shopper's
 * language. Unlike `storeFetch` it writes as well as reads and keeps the error body, because the
 * cart and checkout forms show the backend's `errors[]` next to their fields.
 */
export async function storeCall<T>(path: string, { locale, method = "GET", body, query, token, headers: extra }: StoreCallInit): Promise<T> {
  const env = getServerEnv();
  const medusaLocale = MEDUSA_LOCALE[locale];
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined) continue;
    for (const x of [v].flat()) params.append(k, String(x));
  }
  const headers: Record<string, string> = {
    accept: "application/json",
    "x-publishable-api-key": env.medusaPublishableKey,
    "x-medusa-locale": medusaLocale,
    ...(await clientAddressHeaders()),
    ...extra,
  };
  const bearer = token === undefined ? await readCustomerToken().catch(() => null) : token;
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  if (body) headers["content-type"] = "application/json";
  const qs = params.toString();
  let response: Response;
  try {
    response = await fetch(`${env.medusaBackendUrl}${path}${qs ? `?${qs}` : ""}`, {
      method,
      headers,
      body: body ? JSON.stringify(body) : undefined,
      cache: "no-store",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (e) {
    throw new BackendError(e instanceof Error ? e.message : String(e));
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (json as { message?: unknown } | null)?.message;
    throw new StoreApiError(typeof message === "string" ? message : response.statusText, response.status, json);
  }
  return json as T;
}

export const isStatus = (e: unknown, status: number) => e instanceof BackendError && e.status === status;
