"use server";

import { localeOf, sellerWrite, writeFailure } from "@/lib/data/seller-write";
import type { Result } from "@/lib/result";
import { exportProfileFromForm } from "@/lib/readiness/export-profile";

/** Saves the seller's answers to the export questions (`POST /sellers/me` with `export_profile`). */
export async function saveExportProfile(_prev: Result<{ saved: true }> | null, fd: FormData): Promise<Result<{ saved: true }>> {
  const result = await sellerWrite(localeOf(fd), "/sellers/me", { method: "POST", body: { export_profile: exportProfileFromForm(fd) } });
  if (!result.ok) {
    const f = writeFailure(result);
    if (!f.fieldErrors) return f;
    // "export_profile.sample_days" → the input named "sample_days".
    const fieldErrors = Object.fromEntries(Object.entries(f.fieldErrors).map(([k, v]) => [k.replace(/^export_profile\./, ""), v]));
    return { ...f, fieldErrors };
  }
  return { ok: true, data: { saved: true } };
}
