import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@canting/domain";
import { call, type ApiFailure } from "@/lib/http/medusa";
import { readSellerToken } from "@/lib/data/seller-session";
import { toActionFailure } from "@/lib/seller-portal/errors";
import type { Failure, Result } from "@/lib/result";

/** The locale a portal form was posted in. */
export const localeOf = (fd: FormData): Locale => {
  const l = fd.get("locale");
  return isLocale(l) ? l : DEFAULT_LOCALE;
};

/** A refused write as the form's failure, with i18n keys. */
export const writeFailure = (f: ApiFailure): Failure => toActionFailure(f.status, f.body);

/**
 * Runs a `/sellers/me*` write with the cookie's token, then refreshes the portal's pages and the
 * shop's cached reads, so the workshop sees its own change in the shop at once instead of after the
 * backend's call arrives. No session is a 401.
 */
export async function sellerWrite<T>(
  locale: Locale, path: string, init: { method: "POST" | "DELETE"; body?: Record<string, unknown> },
): Promise<Result<T, ApiFailure>> {
  const token = await readSellerToken();
  if (!token) return { ok: false, status: 401, message: "no session", body: null };
  const result = await call<T>(path, { locale, token, ...init });
  if (result.ok) {
    revalidatePath(`/${locale}/seller`, "layout");
    revalidateTag("shop", { expire: 0 });
  }
  return result;
}
