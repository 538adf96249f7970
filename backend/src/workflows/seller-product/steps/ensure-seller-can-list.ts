import { createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { RuleError, RefusalError } from "../../../lib/errors"
import { envVar, type EnvSource } from "../../../env"

/**
 * How many listings a seller that is not approved yet may keep: enough to prepare a shop, few
 * enough that nobody can fill the database before the operator has looked at them.
 */
export function unapprovedListingCap(source?: EnvSource): number {
  return envVar("CANTING_UNAPPROVED_LISTING_CAP", source)
}

/**
 * Guard: rejected or suspended sellers cannot list; only an approved seller may publish; a seller
 * not approved yet may create at most `unapprovedListingCap()` listings.
 */
export const ensureSellerCanListStep = createStep(
  "ensure-seller-can-list",
  async (input: { seller_id: string; status?: string; creating?: boolean }, { container }) => {
    const seller = await container.resolve<SellerModuleService>(SELLER_MODULE).retrieveSeller(input.seller_id)
    if (seller.status === "rejected" || seller.status === "suspended") {
      throw new RefusalError("status_locked", `a ${seller.status} seller cannot manage listings`)
    }
    if (input.status === "published" && seller.status !== "approved") {
      throw new RefusalError("publish_requires_approval", "only an approved seller can publish")
    }
    if (input.creating && seller.status !== "approved") {
      const { data: [withProducts] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "seller", fields: ["id", "products.id"], filters: { id: input.seller_id },
      })
      const max = unapprovedListingCap()
      if (((withProducts as { products?: ({ id: string } | null)[] | null } | undefined)?.products ?? []).filter(Boolean).length >= max) {
        throw new RuleError(409, "listing_cap_unapproved", [{ field: "seller", code: "listing_cap_unapproved", params: { max } }])
      }
    }
  }
)
