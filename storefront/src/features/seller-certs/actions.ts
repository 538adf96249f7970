"use server";

import { revalidatePath } from "next/cache";
import { DEFAULT_LOCALE, isLocale } from "@canting/domain";
import { call } from "@/lib/http/medusa";
import { readSellerToken } from "@/lib/data/seller-session";
import { toActionFailure } from "@/lib/seller-portal/errors";
import type { Result } from "@/lib/result";

/** Withdraws one of the seller's pending or rejected certificates (the backend refuses others with 409). */
export async function deleteCertificate(_previous: Result<{ id: string }> | null, form: FormData): Promise<Result<{ id: string }>> {
  const localeField = form.get("locale");
  const locale = isLocale(localeField) ? localeField : DEFAULT_LOCALE;
  const id = String(form.get("id") ?? "");
  const token = await readSellerToken();
  if (!token) return toActionFailure(401, null);
  const result = await call(`/sellers/me/certifications/${encodeURIComponent(id)}`, { locale, token, method: "DELETE" });
  if (!result.ok) return toActionFailure(result.status, result.body);
  revalidatePath(`/${locale}/seller/certifications`);
  return { ok: true, data: { id } };
}
