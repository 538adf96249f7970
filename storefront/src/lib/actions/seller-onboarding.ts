"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@canting/domain";
import { sellerFetch, SellerApiError } from "@/lib/data/seller-fetch";
import { readSellerToken } from "@/lib/data/seller-session";
import { attachToInputs, toActionFailure } from "@/lib/seller-portal/errors";
import { STEP_INPUTS, stepPayload, type FormStepId } from "@/lib/seller-portal/payload";
import type { ActionResult, ErrorKey } from "@/lib/seller-portal/types";

export type SavedStep = { intent: "save" | "next" };

const localeOf = (fd: FormData): Locale => {
  const l = fd.get("locale");
  return isLocale(l) ? l : DEFAULT_LOCALE;
};
const isFormStep = (s: unknown): s is FormStepId => typeof s === "string" && s in STEP_INPUTS;
const failure = (e: unknown) =>
  e instanceof SellerApiError ? toActionFailure(e.status, e.body) : toActionFailure(undefined, undefined);

/** Runs a `/sellers/me*` write with the cookie's token, then refreshes the portal's pages. */
async function write<T>(locale: Locale, path: string, init: { method: "POST" | "DELETE"; body?: Record<string, unknown> }): Promise<T> {
  const token = await readSellerToken();
  if (!token) throw new SellerApiError("no session", 401, null);
  const result = await sellerFetch<T>(path, { locale, token, ...init });
  revalidatePath(`/${locale}/seller`, "layout");
  return result;
}

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
    await write(locale, "/sellers/me", { method: "POST", body });
  } catch (e) {
    const f = failure(e);
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
    await write(localeOf(fd), `/sellers/me/documents/${encodeURIComponent(id)}`, { method: "DELETE" });
  } catch (e) {
    return failure(e);
  }
  return { ok: true, data: { id } };
}

/** Submits the application for review; a 400 comes back with every missing field in `missing`. */
export async function submitForReview(_prev: ActionResult<{ status: string }> | null, fd: FormData): Promise<ActionResult<{ status: string }>> {
  const locale = localeOf(fd);
  try {
    await write<{ seller?: { status?: string } }>(locale, "/sellers/me/submit", { method: "POST", body: {} });
  } catch (e) {
    return failure(e);
  }
  // Back to the portal home, where the banner says the profile is under review.
  redirect(`/${locale}/seller`);
}
