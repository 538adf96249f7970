import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateDocumentReviewStep, type DocumentReviewState } from "../steps/validate-document-review"
import { setDocumentReviewStep } from "../steps/set-document-review"
import { notifyDocumentReviewedStep } from "../steps/notify-document-reviewed"
import { recordDocumentDecisionStep } from "../steps/record-document-decision"

export type ReviewSellerDocumentInput = {
  seller_id: string
  document_id: string
  state: DocumentReviewState
  note?: string | null
  actor_id: string
}

/**
 * The operator accepts or rejects one seller document: guard (the document is this seller's, a
 * rejection has a note) → record state, note, who and when on the document, and keep the decision as
 * history → notify the seller. The update's
 * `seller.seller-document.updated` event refreshes the seller's export readiness.
 */
export const reviewSellerDocumentWorkflow = createWorkflow("review-seller-document", (input: ReviewSellerDocumentInput) => {
  const { kind, previous } = validateDocumentReviewStep(input)
  const change = transform({ input, previous }, ({ input, previous }) => ({
    id: previous.id,
    previous,
    next: {
      review_state: input.state,
      review_note: input.note?.trim() || null,
      reviewed_by: input.actor_id,
      reviewed_at: new Date(),
    },
  }))
  const document = setDocumentReviewStep(change)
  recordDocumentDecisionStep(transform({ input, kind }, ({ input, kind }) => ({
    seller_id: input.seller_id, document_id: input.document_id, kind, decision: input.state, note: input.note?.trim() || null, actor_id: input.actor_id,
  })))
  notifyDocumentReviewedStep(transform({ input, kind }, ({ input, kind }) => ({
    seller_id: input.seller_id, document_id: input.document_id, kind, state: input.state, note: input.note?.trim() || null,
  })))
  return new WorkflowResponse(document)
})
