"use server";

import { redirect } from "next/navigation";
import { localeOf, sellerWrite, writeFailure } from "@/lib/data/seller-write";
import { attachToInputs } from "@/lib/seller-portal/errors";
import { STEP_INPUTS, stepPayload, type FormStepId } from "@/lib/seller-portal/payload";
import type { ActionResult, ErrorKey } from "@/lib/seller-portal/types";

export type SavedStep = { intent: "save" | "next" };

const isFormStep = (s: unknown): s is FormStepId => typeof s === "string" && s in STEP_INPUTS;

/**
 * Saves one wizard step as a partial update (`POST /sellers/me`). Every save persists, so a seller
 * can stop at any point; the `intent` tells the form whether to move on to the next step.
 */
export async function saveOnboardingStep(_prev: ActionResult<SavedStep> | null, fd: FormData): Promise<ActionResult<SavedStep>> {
  const locale = localeOf(fd);
  const step = fd.get("step");
  if (!isFormStep(step)) return { ok: false, errorKey: "errors:invalid" };
  const { body, rename } = stepPayload(step, fd);
  try {
    await sellerWrite(locale, "/sellers/me", { method: "POST", body });
  } catch (e) {
    const f = writeFailure(e);
    if (!f.fieldErrors) return f;
    const renamed: Record<string, ErrorKey> = {};
    for (const [k, v] of Object.entries(f.fieldErrors)) renamed[rename(k)] ??= v;
    return { ...f, fieldErrors: attachToInputs(renamed, STEP_INPUTS[step]) };
  }
  return { ok: true, data: { intent: fd.get("intent") === "next" ? "next" : "save" } };
}

/** Deletes one of the seller's documents (not allowed while the application is under review). */
export async function deleteSellerDocument(_prev: ActionResult<{ id: string }> | null, fd: FormData): Promise<ActionResult<{ id: string }>> {
  const id = String(fd.get("id") ?? "");
  if (!id) return { ok: false, errorKey: "errors:not_found" };
  try {
    await sellerWrite(localeOf(fd), `/sellers/me/documents/${encodeURIComponent(id)}`, { method: "DELETE" });
  } catch (e) {
    return writeFailure(e);
  }
  return { ok: true, data: { id } };
}

/** Submits the application for review; a 400 comes back with every missing field in `missing`. */
export async function submitForReview(_prev: ActionResult<{ status: string }> | null, fd: FormData): Promise<ActionResult<{ status: string }>> {
  const locale = localeOf(fd);
  try {
    await sellerWrite<{ seller?: { status?: string } }>(locale, "/sellers/me/submit", { method: "POST", body: {} });
  } catch (e) {
    return writeFailure(e);
  }
  // Back to the portal home, where the banner says the profile is under review.
  redirect(`/${locale}/seller`);
}
