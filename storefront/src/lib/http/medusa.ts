import "server-only";
import { Client, type ClientFetch, type FetchArgs } from "@medusajs/js-sdk";
import { MEDUSA_LOCALE, type Locale } from "@canting/domain";
import { getServerEnv } from "@/env";
import { clientAddressHeaders } from "@/lib/data/client-address";
import { readCustomerToken } from "@/lib/data/customer-session";
import type { Result } from "@/lib/result";
import { CACHE_SAFETY_SECONDS, publicReadTags, revalidationEnabled } from "./revalidation";

/**
 * The storefront's one client for the Medusa backend: every read and write, for shoppers
 * (`/store/*`, `/auth/customer/*`) and sellers (`/sellers/*`, `/auth/seller/*`), goes through
 * `call`. It runs on the server only: tokens come from httpOnly cookies and never reach the browser.
 */

/** A call the backend refused (`status` and its body: `message`, `code`, `errors[]`), or that nothing answered (no `status`). */
export type ApiFailure = { ok: false; status?: number; message: string; body: unknown };

export type CallInit = {
  locale: Locale;
  method?: "GET" | "POST" | "DELETE";
  query?: Record<string, string | number | boolean | string[] | undefined>;
  /** A JSON body, or FormData for multipart uploads. */
  body?: Record<string, unknown> | FormData;
  /**
   * The bearer: a seller's or a customer's JWT, `"shopper"` for the signed-in shopper's token
   * (read from its cookie here, on the server), or none (left out or null).
   */
  token?: string | null | "shopper";
  /** Extra request headers (e.g. the proof that this browser placed an order). */
  headers?: Record<string, string>;
  /**
   * Public reads only: keep the answer in Next's data cache under these tags until the backend says
   * what they hold changed (see lib/http/revalidation.ts). Without revalidation configured, not cached.
   */
  cacheTags?: readonly string[];
};

const READ_TIMEOUT_MS = 15_000;
const WRITE_TIMEOUT_MS = 20_000;

/** Store routes carry the publishable key (it picks the sales channel); seller routes do not. */
const isStoreRoute = (path: string) => path.startsWith("/store") || path.startsWith("/auth/customer");

/**
 * The JS SDK's client with one change to its transport: a refused call comes back as the backend's
 * Response instead of a `FetchError` that keeps only the message, because the forms show the
 * backend's `errors[]` next to their fields. Everything else follows the SDK: the base URL, the
 * publishable-key header, a JSON body, the query encoded onto the URL, a header set to null removed.
 */
class MedusaClient extends Client {
  protected initClient(): ClientFetch {
    return async (input, init: FetchArgs = {}) => {
      const { query, headers: extra, body, ...rest } = init;
      const url = new URL(String(input).replace(/^\//, ""), `${getServerEnv().medusaBackendUrl}/`);
      for (const [key, value] of Object.entries(query ?? {})) {
        if (value === undefined || value === null) continue;
        for (const v of [value].flat()) url.searchParams.append(key, String(v));
      }
      const headers: Record<string, string> = { accept: "application/json", ...this.getPublishableKeyHeader_() };
      if (body !== undefined && !(body instanceof FormData)) headers["content-type"] = "application/json";
      for (const [key, value] of Object.entries(extra ?? {})) {
        if (value === null) delete headers[key.toLowerCase()];
        else if (typeof value === "string") headers[key.toLowerCase()] = value;
      }
      return fetch(url.toString(), {
        ...rest,
        headers,
        body: body === undefined || body instanceof FormData ? (body as FormData | undefined) : JSON.stringify(body),
      });
    };
  }
}

let client: MedusaClient | undefined;

/** Built on first use, so that `next build` needs no backend or key. */
function getClient(): MedusaClient {
  client ??= new MedusaClient({ baseUrl: getServerEnv().medusaBackendUrl, publishableKey: getServerEnv().medusaPublishableKey });
  return client;
}

async function bearer(token: CallInit["token"]): Promise<string | null> {
  if (token === "shopper") return readCustomerToken().catch(() => null);
  return token ?? null;
}

/**
 * Calls the backend in the reader's language and answers the data, or why not. Never throws:
 * a refusal keeps its status and body, a backend that does not answer (down, timed out) is a
 * failure without a status. Nothing is cached unless the caller names cache tags for a public read
 * and the backend can tell this storefront when they change (prices, stock and sessions move).
 */
export async function call<T>(path: string, { locale, method = "GET", query, body, token, headers, cacheTags }: CallInit): Promise<Result<T, ApiFailure>> {
  let response: Response;
  // Only an anonymous GET is shared between shoppers; the client's address stays out of it, or every
  // shopper would get an entry of their own (Next keys the cache on the request's headers).
  const cached = method === "GET" && !token && cacheTags?.length && revalidationEnabled() ? cacheTags : null;
  try {
    const auth = await bearer(token);
    response = await getClient().fetch<Response>(path, {
      method,
      query,
      body,
      headers: {
        "x-medusa-locale": MEDUSA_LOCALE[locale],
        ...(cached ? {} : await clientAddressHeaders()),
        ...(isStoreRoute(path) ? {} : { "x-publishable-api-key": null }),
        ...(auth ? { authorization: `Bearer ${auth}` } : {}),
        ...headers,
      },
      ...(cached
        ? { cache: "force-cache", next: { tags: [...cached], revalidate: CACHE_SAFETY_SECONDS } }
        : { cache: "no-store" }),
      signal: AbortSignal.timeout(method === "GET" ? READ_TIMEOUT_MS : WRITE_TIMEOUT_MS),
    } as FetchArgs);
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e), body: null };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: json as T };
  const message = (json as { message?: unknown } | null)?.message;
  return { ok: false, status: response.status, message: typeof message === "string" ? message : response.statusText, body: json };
}

/** A failed call, thrown where a page wants it to (`attempt` turns it into the "backend unavailable" state). */
export class ApiError extends Error {
  readonly status?: number;
  readonly body: unknown;
  constructor({ status, message, body }: Omit<ApiFailure, "ok">) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.body = body;
  }
}

/** The data of a call that went through, or the failure thrown as an ApiError. */
export function orThrow<T>(result: Result<T, ApiFailure>): T {
  if (result.ok) return result.data;
  throw new ApiError(result);
}

/** Whether a thrown error is the backend answering `status`. */
export const isStatus = (e: unknown, status: number) => e instanceof ApiError && e.status === status;

/**
 * GETs a public Store API read (catalog, products, sellers, regions) in the shopper's language,
 * which these routes also take as a `locale` query parameter; throws an ApiError on failure.
 * Reads of what the backend announces changes for are cached under their tag (publicReadTags).
 */
export async function read<T>(path: string, locale: Locale, query: CallInit["query"] = {}): Promise<T> {
  return orThrow(await call<T>(path, { locale, query: { ...query, locale: MEDUSA_LOCALE[locale] }, cacheTags: publicReadTags(path) }));
}

/**
 * A file the backend serves (a seller's evidence) as its raw Response, to stream on; null when
 * nothing answered. No timeout: a large file may take a while to stream.
 */
export async function download(path: string, { locale, token }: Pick<CallInit, "locale" | "token">): Promise<Response | null> {
  try {
    const auth = await bearer(token);
    return await getClient().fetch<Response>(path, {
      headers: {
        accept: "*/*",
        "x-medusa-locale": MEDUSA_LOCALE[locale],
        ...(isStoreRoute(path) ? {} : { "x-publishable-api-key": null }),
        ...(auth ? { authorization: `Bearer ${auth}` } : {}),
      },
      cache: "no-store",
    });
  } catch {
    return null;
  }
}
