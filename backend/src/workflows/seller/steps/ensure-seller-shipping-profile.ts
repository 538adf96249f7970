import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"

/** Medusa's shipping profile type for a workshop's own profile. */
export const SELLER_PROFILE_TYPE = "seller"
type Undo = { seller_id: string; profile_id: string }
type SellerRow = { id: string; handle: string; name: string; shipping_profile?: { id: string } | null }

/** The seller's own shipping profile, created once and linked to the seller. */
export const ensureSellerShippingProfileStep = createStep(
  "ensure-seller-shipping-profile",
  async (input: { seller_id: string }, { container }) => {
    const { data: [seller] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "seller", fields: ["id", "handle", "name", "shipping_profile.id"], filters: { id: input.seller_id },
    })
    const s = seller as SellerRow
    if (s?.shipping_profile?.id) return new StepResponse<{ profile_id: string }, Undo | null>({ profile_id: s.shipping_profile.id }, null)
    const [profile] = await container.resolve(Modules.FULFILLMENT).createShippingProfiles([
      { name: `${s.name} · ${s.handle}`, type: SELLER_PROFILE_TYPE, metadata: { seller_id: s.id } },
    ])
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [SELLER_MODULE]: { seller_id: s.id }, [Modules.FULFILLMENT]: { shipping_profile_id: profile.id },
    })
    return new StepResponse<{ profile_id: string }, Undo | null>({ profile_id: profile.id }, { seller_id: s.id, profile_id: profile.id })
  },
  async (undo: Undo | null | undefined, { container }) => {
    if (!undo) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
      [SELLER_MODULE]: { seller_id: undo.seller_id }, [Modules.FULFILLMENT]: { shipping_profile_id: undo.profile_id },
    })
    await container.resolve(Modules.FULFILLMENT).deleteShippingProfiles([undo.profile_id])
  }
)
