import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

export type CreateChangeRequestInput = {
  seller_id: string; requested_by: string; reason: string
  changes: Record<string, unknown>; previous: Record<string, unknown>; document_ids: string[]
}

/** Stores a pending change request; undone by deleting it. */
export const createSellerChangeRequestStep = createStep(
  "create-seller-change-request",
  async (input: CreateChangeRequestInput, { container }) => {
    const request = await container.resolve<SellerModuleService>(SELLER_MODULE).createSellerChangeRequests({ ...input, status: "pending" })
    return new StepResponse(request, request.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<SellerModuleService>(SELLER_MODULE).deleteSellerChangeRequests(id)
  }
)
