import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { provisionSellerShippingWorkflow } from "./workflows/provision-seller-shipping"

export type SellerShipping = { location_id: string; profile_id: string }
type SellerRow = { id: string; name: string; stock_location?: { id: string } | null; shipping_profile?: { id: string } | null }

/**
 * The seller's own stock location and shipping profile (links `seller-stock-location`,
 * `seller-shipping-profile`). Approval creates them; a workshop that lists before approval (or
 * was approved before shipping was per workshop) gets them here, through the same idempotent workflow.
 */
export async function sellerShipping(container: MedusaContainer, sellerId: string): Promise<SellerShipping> {
  const { data: [seller] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "seller", fields: ["id", "name", "stock_location.id", "shipping_profile.id"], filters: { id: sellerId },
  })
  const s = seller as SellerRow | undefined
  if (s?.stock_location?.id && s?.shipping_profile?.id) return { location_id: s.stock_location.id, profile_id: s.shipping_profile.id }
  const { result } = await provisionSellerShippingWorkflow(container).run({ input: { seller_id: sellerId, name: s?.name ?? sellerId } })
  return { location_id: result.location_id, profile_id: result.profile_id }
}
