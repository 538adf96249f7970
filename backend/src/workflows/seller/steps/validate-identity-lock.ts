import { createStep } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { changedIdentityFields, isIdentityLocked } from "../../../modules/seller/identity"
import { SellerConflictError } from "../errors"

export type IdentityLockInput = { seller_id: string; update: Record<string, unknown>; change_request_id?: string | null }

/**
 * Guard: once approved (or suspended), the seller's verified identity changes only through an
 * accepted change request. Any edit that changes a locked field is refused (`identity_locked`,
 * naming each field) unless it is applying that pending request of this seller, field for field.
 */
export const validateIdentityLockStep = createStep(
  "validate-identity-lock",
  async (input: IdentityLockInput, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const seller = await sellers.retrieveSeller(input.seller_id)
    if (!isIdentityLocked(seller.status)) return
    const changed = changedIdentityFields(seller, input.update)
    if (!changed.length) return
    if (input.change_request_id) {
      const [request] = await sellers.listSellerChangeRequests(
        { id: input.change_request_id, seller_id: input.seller_id, status: "pending" }, { take: 1 }
      )
      const allowed = Object.keys((request?.changes as Record<string, unknown> | undefined) ?? {})
      if (request && changed.every((f) => allowed.includes(f))) return
    }
    throw new SellerConflictError("identity_locked", changed)
  }
)
