import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { EDITABLE_STATUSES } from "../../../modules/seller/transitions"

/** Guard: a seller under review, rejected or suspended cannot change its profile or papers. */
export const ensureSellerEditableStep = createStep(
  "ensure-seller-editable",
  async (input: { seller_id: string }, { container }) => {
    const seller = await container.resolve<SellerModuleService>(SELLER_MODULE).retrieveSeller(input.seller_id)
    if (!EDITABLE_STATUSES.includes(seller.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status_locked: a ${seller.status} seller cannot be edited`)
    }
  }
)
