import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

/** Updates seller fields; undone by writing the previous values back. */
export const updateSellerStep = createStep(
  "update-seller",
  async (input: { id: string; data: Record<string, unknown> }, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const keys = Object.keys(input.data)
    // Only the fields being changed (and the id) are read, so writing them back restores exactly those.
    const previous: { id: string } & Record<string, unknown> = await sellers.retrieveSeller(input.id, { select: ["id", ...keys] })
    const seller = await sellers.updateSellers({ id: input.id, ...input.data })
    return new StepResponse(seller, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellers(previous)
  }
)
