import "server-only";
import { revalidatePath } from "next/cache";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@canting/domain";
import { sellerFetch, SellerApiError } from "@/lib/data/seller-fetch";
import { readSellerToken } from "@/lib/data/seller-session";
import { toActionFailure } from "@/lib/seller-portal/errors";

/** The locale a portal form was posted in. */
export const localeOf = (fd: FormData): Locale => {
  const l = fd.get("locale");
  return isLocale(l) ? l : DEFAULT_LOCALE;
};

/** A failed write as an action result with i18n keys. */
export const writeFailure = (e: unknown) =>
  e instanceof SellerApiError ? toActionFailure(e.status, e.body) : toActionFailure(undefined, undefined);

/** Runs a `/sellers/me*` write with the cookie's token, then refreshes the portal's pages. */
export async function sellerWrite<T>(locale: Locale, path: string, init: { method: "POST" | "DELETE"; body?: Record<string, unknown> }): Promise<T> {
  const token = await readSellerToken();
  if (!token) throw new SellerApiError("no session", 401, null);
  const result = await sellerFetch<T>(path, { locale, token, ...init });
  revalidatePath(`/${locale}/seller`, "layout");
  return result;
}
