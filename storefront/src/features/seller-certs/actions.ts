"use server";

import { revalidatePath } from "next/cache";
import { DEFAULT_LOCALE, isLocale } from "@canting/domain";
import { sellerFetch, SellerApiError } from "@/lib/data/seller-fetch";
import { readSellerToken } from "@/lib/data/seller-session";
import { toActionFailure } from "@/lib/seller-portal/errors";
import type { ActionResult } from "@/lib/seller-portal/types";

/** Withdraws one of the seller's pending or rejected certificates (the backend refuses others with 409). */
export async function deleteCertificate(_previous: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const localeField = form.get("locale");
  const locale = isLocale(localeField) ? localeField : DEFAULT_LOCALE;
  const id = String(form.get("id") ?? "");
  const token = await readSellerToken();
  if (!token) return toActionFailure(401, null);
  try {
    await sellerFetch(`/sellers/me/certifications/${encodeURIComponent(id)}`, { locale, token, method: "DELETE" });
  } catch (e) {
    return toActionFailure(e instanceof SellerApiError ? e.status : undefined, e instanceof SellerApiError ? e.body : undefined);
  }
  revalidatePath(`/${locale}/seller/certifications`);
  return { ok: true, data: { id } };
}
