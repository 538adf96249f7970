import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SellerStatus } from "@canting/domain"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

/** Moves the seller to a new status; undone by moving it back. */
export const setSellerStatusStep = createStep(
  "set-seller-status",
  async (input: { seller_id: string; from: SellerStatus; to: SellerStatus }, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const seller = await sellers.updateSellers({ id: input.seller_id, status: input.to })
    return new StepResponse(seller, { id: input.seller_id, status: input.from })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellers(previous)
  }
)
