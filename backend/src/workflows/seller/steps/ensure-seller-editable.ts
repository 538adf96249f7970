import { createStep } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { EDITABLE_STATUSES } from "../../../modules/seller/transitions"
import { RefusalError } from "../../../lib/errors"

/**
 * Guard: a seller under review, rejected or suspended cannot change its profile or papers. The one
 * exception is the operator applying a pending change request of this seller (e.g. while suspended).
 */
export const ensureSellerEditableStep = createStep(
  "ensure-seller-editable",
  async (input: { seller_id: string; change_request_id?: string | null }, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    if (input.change_request_id) {
      const [request] = await sellers.listSellerChangeRequests(
        { id: input.change_request_id, seller_id: input.seller_id, status: "pending" }, { take: 1 }
      )
      if (request) return
    }
    const seller = await sellers.retrieveSeller(input.seller_id)
    if (!EDITABLE_STATUSES.includes(seller.status)) {
      throw new RefusalError("status_locked", `a ${seller.status} seller cannot be edited`)
    }
  }
)
