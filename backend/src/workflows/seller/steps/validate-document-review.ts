import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { FieldValidationError } from "../../../lib/errors"

export type DocumentReviewState = "accepted" | "rejected"

export type DocumentReviewGuardInput = { seller_id: string; document_id: string; state: DocumentReviewState; note?: string | null }

/**
 * Guard: the document exists and belongs to this seller (404 otherwise, so another seller's ids are
 * never confirmed) and a rejection carries a note. Returns the document's kind and its review so far.
 */
export const validateDocumentReviewStep = createStep(
  "validate-document-review",
  async (input: DocumentReviewGuardInput, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const [document] = await sellers.listSellerDocuments(
      { id: input.document_id, seller_id: input.seller_id },
      { take: 1, select: ["id", "kind", "review_state", "review_note", "reviewed_by", "reviewed_at"] }
    )
    if (!document) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Document ${input.document_id} was not found`)
    if (input.state === "rejected" && !input.note?.trim()) throw new FieldValidationError([{ field: "note", code: "reason_required" }])
    return new StepResponse({
      kind: document.kind as string,
      previous: {
        id: document.id,
        review_state: document.review_state,
        review_note: document.review_note ?? null,
        reviewed_by: document.reviewed_by ?? null,
        reviewed_at: document.reviewed_at ?? null,
      },
    })
  }
)
