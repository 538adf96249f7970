import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * A workshop's shipping option is offered only to a cart that holds one of its pieces. Medusa
 * matches an option's rules against a context; the listing workflows' `setShippingOptionsContext`
 * hook (hooks/shipping-options.ts) puts the cart's shipping profiles in it, and every workshop
 * option carries a rule naming its own profile. Every path that lists, adds or refreshes a
 * cart's shipping goes through those workflows, so a standard client sees only usable options.
 */
export const CART_PROFILES = "cart_shipping_profiles"

export function cartProfileRule(profileId: string) {
  return { attribute: `${CART_PROFILES}.${profileId}`, operator: "eq" as const, value: "true" }
}

/** The shipping profiles of the cart's pieces, as the rules' context: `{ cart_shipping_profiles: { <profile>: "true" } }`. */
export async function cartProfilesContext(container: MedusaContainer, cartId: string): Promise<Record<string, Record<string, string>>> {
  const { data: [cart] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart", fields: ["id", "items.product.shipping_profile.id"], filters: { id: cartId },
  })
  const items = ((cart as { items?: ({ product?: { shipping_profile?: { id: string } | null } | null } | null)[] } | undefined)?.items ?? [])
  const profiles: Record<string, string> = {}
  for (const item of items) {
    const id = item?.product?.shipping_profile?.id
    if (id) profiles[id] = "true"
  }
  return { [CART_PROFILES]: profiles }
}
