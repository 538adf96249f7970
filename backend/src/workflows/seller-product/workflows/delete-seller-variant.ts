import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { ensureSellerCanListStep } from "../steps/ensure-seller-can-list"
import { checkSellerVariantStep } from "../steps/check-seller-variant"

export type DeleteSellerVariantInput = { seller_id: string; product_id: string; variant_id: string }

/** A seller removes a variant (and its stock) from a listing; the last variant stays. */
export const deleteSellerVariantWorkflow = createWorkflow("delete-seller-variant", (input: DeleteSellerVariantInput) => {
  ensureSellerCanListStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id })))
  checkSellerVariantStep(transform({ input }, ({ input }) => ({
    seller_id: input.seller_id, product_id: input.product_id, variant_id: input.variant_id, deleting: true,
  })))
  deleteProductVariantsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ ids: [input.variant_id] })) })
  return new WorkflowResponse(input.variant_id)
})
