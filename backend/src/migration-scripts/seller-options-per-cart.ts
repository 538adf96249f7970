import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CART_PROFILES, cartProfileRule } from "../workflows/cart/cart-profiles"

/**
 * Workshop shipping options made before they were ruled to their own profile (every option of
 * every workshop was listed for every cart) get the rule, once, when the database is migrated.
 * New options carry it from the start (ensure-seller-shipping-options).
 */
export default async function sellerOptionsPerCart({ container }: { container: MedusaContainer }) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const profiles = await fulfillment.listShippingProfiles({ type: "seller" })
  if (!profiles.length) return
  const options = await fulfillment.listShippingOptions({ shipping_profile_id: profiles.map((p) => p.id) }, { relations: ["rules"] })
  const missing = options.filter((o) => !o.rules?.some((r) => r.attribute.startsWith(`${CART_PROFILES}.`)))
  if (missing.length) {
    await fulfillment.createShippingOptionRules(missing.map((o) => ({ shipping_option_id: o.id, ...cartProfileRule(o.shipping_profile_id!) })))
  }
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Workshop shipping options ruled to their carts: ${missing.length}`)
}
