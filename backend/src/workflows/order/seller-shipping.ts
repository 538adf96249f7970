import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { itemSellerId, num, type Num, type OrderRow } from "./seller-part"

export type PartShipping = { name: string; amount: number }

/** The order fields `sellerShippingMethods` reads, next to the item fields. */
export const ORDER_SHIPPING_FIELDS = ["shipping_methods.id", "shipping_methods.name", "shipping_methods.amount", "shipping_methods.shipping_option_id"]

type MethodRow = { id: string; name?: string | null; amount?: Num; shipping_option_id?: string | null }
/** An order read with ORDER_SHIPPING_FIELDS. */
export type ShippingMethods = { shipping_methods?: (MethodRow | null)[] | null }

/**
 * Which of the order's shipping methods each seller's part travels with: the method whose
 * shipping option serves the shipping profile of the seller's pieces (each workshop has its own
 * profile, so a checkout with two workshops has two methods). Sellers without one are left out.
 */
export async function sellerShippingMethods(container: MedusaContainer, order: OrderRow & ShippingMethods): Promise<Map<string, PartShipping>> {
  const out = new Map<string, PartShipping>()
  const methods = (order.shipping_methods ?? []).filter((m): m is MethodRow => Boolean(m?.shipping_option_id))
  if (!methods.length) return out
  const productSeller = new Map<string, string>()
  for (const item of order.items ?? []) {
    const seller = item ? itemSellerId(item) : undefined
    if (item?.product_id && seller) productSeller.set(item.product_id, seller)
  }
  if (!productSeller.size) return out
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: products }, { data: options }] = await Promise.all([
    query.graph({ entity: "product", fields: ["id", "shipping_profile.id"], filters: { id: [...productSeller.keys()] } }),
    query.graph({ entity: "shipping_option", fields: ["id", "shipping_profile_id"], filters: { id: methods.map((m) => m.shipping_option_id!) } }),
  ])
  const profileOfOption = new Map((options as { id: string; shipping_profile_id: string }[]).map((o) => [o.id, o.shipping_profile_id]))
  for (const product of products as { id: string; shipping_profile?: { id: string } | null }[]) {
    const sellerId = productSeller.get(product.id)
    const profile = product?.shipping_profile?.id
    if (!sellerId || !profile || out.has(sellerId)) continue
    const method = methods.find((m) => profileOfOption.get(m.shipping_option_id!) === profile)
    if (method) out.set(sellerId, { name: method.name ?? "", amount: num(method.amount) })
  }
  return out
}
