import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

export type CreateSellerWithOwnerInput = { email: string; name: string; handle: string; owner_name: string; phone?: string }

/** Creates the seller in `draft` and its owner member; undone by deleting both. */
export const createSellerWithOwnerStep = createStep(
  "create-seller-with-owner",
  async (input: CreateSellerWithOwnerInput, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const seller = await sellers.createSellers({
      name: input.name, handle: input.handle, owner_name: input.owner_name, phone: input.phone ?? null,
      email: input.email, status: "draft",
    })
    const member = await sellers.createSellerMembers({ email: input.email, name: input.owner_name, role: "owner", seller_id: seller.id })
    return new StepResponse({ seller, member }, seller.id)
  },
  async (sellerId, { container }) => {
    if (!sellerId) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).deleteSellers(sellerId)
  }
)
