import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"

type Num = number | string | { toJSON?: () => unknown } | null | undefined
const num = (v: Num) => (v === null || v === undefined ? 0 : typeof v === "object" ? Number(typeof v.toJSON === "function" ? v.toJSON() : v) : Number(v))

type MethodRow = { id: string; shipping_option_id: string; name: string; amount: Num }
/** The cart read for its shipping step. */
type CartRow = {
  items?: ({ product_id?: string | null; requires_shipping?: boolean | null } | null)[] | null
  shipping_methods?: ({ id: string; shipping_option_id?: string | null; name: string; amount: Num } | null)[] | null
}
type ProductRow = { id: string; shipping_profile?: { id: string } | null; seller?: (SellerRef & { status?: string }) | null } | null
/** An option as Medusa lists it for a cart (a calculated price when the provider computes one). */
type CartOptionRow = { id: string; name: string; shipping_profile_id: string; amount?: Num; calculated_price?: { calculated_amount?: Num } | null; type?: { code?: string } | null }

export type SellerRef = { id: string; handle: string; name: string }
export type SellerShippingOption = { id: string; name: string; amount: number | null; code: string | null }
export type SellerShippingGroup = {
  seller: SellerRef | null
  shipping_profile_id: string
  options: SellerShippingOption[]
  chosen: { option_id: string; name: string; amount: number } | null
  /** False when the workshop is not selling (not approved, e.g. suspended): its pieces cannot be bought. */
  available: boolean
}

/**
 * The cart's pieces grouped by shipping profile (one per workshop), each with its seller, the
 * shipping method already chosen for it and, with `withOptions`, the options offered for the
 * cart's address (Medusa's own listing: the sales channel's locations, the zone of the country).
 */
export async function cartShippingGroups(container: MedusaContainer, cartId: string, { withOptions = false } = {}): Promise<SellerShippingGroup[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: ["id", "items.product_id", "items.requires_shipping", "shipping_methods.id", "shipping_methods.shipping_option_id", "shipping_methods.name", "shipping_methods.amount"],
    filters: { id: cartId },
  })
  const c = cart as CartRow | undefined
  if (!c) return []
  const productIds = [...new Set<string>((c.items ?? []).flatMap((i) => (i?.product_id && i.requires_shipping !== false ? [i.product_id] : [])))]
  if (!productIds.length) return []
  const methods = (c.shipping_methods ?? []).filter((m): m is MethodRow => Boolean(m?.shipping_option_id))
  const [{ data: products }, { data: methodOptions }] = await Promise.all([
    query.graph({ entity: "product", fields: ["id", "shipping_profile.id", "seller.id", "seller.handle", "seller.name"], filters: { id: productIds } }),
    methods.length
      ? query.graph({ entity: "shipping_option", fields: ["id", "shipping_profile_id"], filters: { id: methods.map((m) => m.shipping_option_id) } })
      : Promise.resolve({ data: [] }),
  ])
  const groups = new Map<string, SellerShippingGroup>()
  for (const product of products as ProductRow[]) {
    const profileId = product?.shipping_profile?.id
    if (!profileId || groups.has(profileId)) continue
    const seller = product.seller ? { id: product.seller.id, handle: product.seller.handle, name: product.seller.name } : null
    const optionIds = new Set((methodOptions as { id: string; shipping_profile_id: string }[]).filter((o) => o.shipping_profile_id === profileId).map((o) => o.id))
    const method = methods.find((m) => optionIds.has(m.shipping_option_id))
    groups.set(profileId, {
      seller, shipping_profile_id: profileId, options: [], available: !product.seller || product.seller.status === "approved",
      chosen: method ? { option_id: method.shipping_option_id, name: method.name, amount: num(method.amount) } : null,
    })
  }
  if (withOptions) {
    const { result } = await listShippingOptionsForCartWorkflow(container).run({ input: { cart_id: cartId, is_return: false } })
    for (const option of result as CartOptionRow[]) {
      const group = groups.get(option.shipping_profile_id)
      if (!group) continue
      const amount = option.calculated_price?.calculated_amount ?? option.amount
      group.options.push({ id: option.id, name: option.name, amount: amount === undefined || amount === null ? null : num(amount), code: option.type?.code ?? null })
    }
  }
  return [...groups.values()].sort((a, b) => (a.seller?.name ?? "").localeCompare(b.seller?.name ?? ""))
}
