"use server";

import { localeOf, sellerWrite, writeFailure } from "@/lib/data/seller-write";
import { attachToInputs } from "@/lib/seller-portal/errors";
import { CHANGE_REQUEST_INPUTS, changeRequestGaps, changeRequestInput, changeRequestPayload } from "@/lib/seller-portal/change-requests";
import type { ErrorKey, Result } from "@/lib/result";

/**
 * Asks the Canting team to change verified identity fields (`POST /sellers/me/change-requests`): only
 * the ticked fields are sent, with the reason and the chosen evidence documents. Errors on
 * `changes.<field>` come back on that field's input; a 409 (one already pending) as the form's message.
 */
export async function sendChangeRequest(_prev: Result<{ id: string }> | null, fd: FormData): Promise<Result<{ id: string }>> {
  const payload = changeRequestPayload(fd);
  const gaps = changeRequestGaps(payload);
  if (Object.keys(gaps).length) return { ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: gaps };
  const { changes, reason, documentIds } = payload;
  const result = await sellerWrite<{ change_request?: { id?: string } }>(localeOf(fd), "/sellers/me/change-requests", {
    method: "POST", body: { changes, reason, ...(documentIds.length ? { document_ids: documentIds } : {}) },
  });
  if (result.ok) return { ok: true, data: { id: String(result.data.change_request?.id ?? "") } };
  const f = writeFailure(result);
  if (!f.fieldErrors) return f;
  const renamed: Record<string, ErrorKey> = {};
  for (const [k, v] of Object.entries(f.fieldErrors)) renamed[changeRequestInput(k)] ??= v;
  return { ...f, fieldErrors: attachToInputs(renamed, CHANGE_REQUEST_INPUTS) };
}
