import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

/** Removes the document's record (soft delete); undone by restoring it. */
export const deleteSellerDocumentStep = createStep(
  "delete-seller-document",
  async (input: { document_id: string }, { container }) => {
    await container.resolve<SellerModuleService>(SELLER_MODULE).softDeleteSellerDocuments([input.document_id])
    return new StepResponse(input.document_id, input.document_id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<SellerModuleService>(SELLER_MODULE).restoreSellerDocuments([id])
  }
)
