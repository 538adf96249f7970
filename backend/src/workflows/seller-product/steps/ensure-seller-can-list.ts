import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

/** Guard: rejected or suspended sellers cannot list; only an approved seller may publish. */
export const ensureSellerCanListStep = createStep(
  "ensure-seller-can-list",
  async (input: { seller_id: string; status?: string }, { container }) => {
    const seller = await container.resolve<SellerModuleService>(SELLER_MODULE).retrieveSeller(input.seller_id)
    if (seller.status === "rejected" || seller.status === "suspended") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status_locked: a ${seller.status} seller cannot manage listings`)
    }
    if (input.status === "published" && seller.status !== "approved") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "publish_requires_approval: only an approved seller can publish")
    }
  }
)
