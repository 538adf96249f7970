import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

type Review = { review_state: "pending" | "accepted" | "rejected"; review_note: string | null; reviewed_by: string | null; reviewed_at: Date | null }

/**
 * Records the operator's decision on a document (state, note, who, when). The module's update emits
 * `seller.seller-document.updated`, which the readiness subscriber turns into a fresh score.
 * Undone by restoring the previous review.
 */
export const setDocumentReviewStep = createStep(
  "set-document-review",
  async (input: { id: string; next: Review; previous: Review }, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const document = await sellers.updateSellerDocuments({ id: input.id, ...input.next })
    return new StepResponse(document, { id: input.id, ...input.previous })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellerDocuments(previous)
  }
)
