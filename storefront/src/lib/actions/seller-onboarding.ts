"use server";

import { redirect } from "next/navigation";
import { localeOf, sellerWrite, writeFailure } from "@/lib/data/seller-write";
import { attachToInputs } from "@/lib/seller-portal/errors";
import { STEP_INPUTS, stepPayload, type FormStepId } from "@/lib/seller-portal/payload";
import type { ErrorKey, Result } from "@/lib/result";

export type SavedStep = { intent: "save" | "next" };

const isFormStep = (s: unknown): s is FormStepId => typeof s === "string" && s in STEP_INPUTS;

/**
 * Saves one wizard step as a partial update (`POST /sellers/me`). Every save persists, so a seller
 * can stop at any point; the `intent` tells the form whether to move on to the next step.
 */
export async function saveOnboardingStep(_prev: Result<SavedStep> | null, fd: FormData): Promise<Result<SavedStep>> {
  const locale = localeOf(fd);
  const step = fd.get("step");
  if (!isFormStep(step)) return { ok: false, errorKey: "errors:invalid" };
  const { body, rename } = stepPayload(step, fd);
  const result = await sellerWrite(locale, "/sellers/me", { method: "POST", body });
  if (!result.ok) {
    const f = writeFailure(result);
    if (!f.fieldErrors) return f;
    const renamed: Record<string, ErrorKey> = {};
    for (const [k, v] of Object.entries(f.fieldErrors)) renamed[rename(k)] ??= v;
    return { ...f, fieldErrors: attachToInputs(renamed, STEP_INPUTS[step]) };
  }
  return { ok: true, data: { intent: fd.get("intent") === "next" ? "next" : "save" } };
}

/** Deletes one of the seller's documents (not allowed while the application is under review). */
export async function deleteSellerDocument(_prev: Result<{ id: string }> | null, fd: FormData): Promise<Result<{ id: string }>> {
  const id = String(fd.get("id") ?? "");
  if (!id) return { ok: false, errorKey: "errors:not_found" };
  const result = await sellerWrite(localeOf(fd), `/sellers/me/documents/${encodeURIComponent(id)}`, { method: "DELETE" });
  if (!result.ok) return writeFailure(result);
  return { ok: true, data: { id } };
}

/** Submits the application for review; a 400 comes back with every missing field in `missing`. */
export async function submitForReview(_prev: Result<{ status: string }> | null, fd: FormData): Promise<Result<{ status: string }>> {
  const locale = localeOf(fd);
  const result = await sellerWrite<{ seller?: { status?: string } }>(locale, "/sellers/me/submit", { method: "POST", body: {} });
  if (!result.ok) return writeFailure(result);
  // Back to the portal home, where the banner says the profile is under review.
  redirect(`/${locale}/seller`);
}
