import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { itemSellerId, num, ORDER_ITEM_FIELDS, partSubtotal, quantityOf, sellerIdsOf, sellerItems, type Num, type OrderItemRow, type OrderRow } from "../seller-part"
import { ORDER_SHIPPING_FIELDS, sellerShippingMethods, type ShippingMethods } from "../seller-shipping"
import { ORDER_LOCALE_FIELDS, orderEmailLocale } from "../../../lib/email-locale"

/** The manual (bank transfer) provider: the shopper's email shows transfer instructions. */
export const BANK_TRANSFER_PROVIDER = "pp_system_default"

// Asking for order totals changes the shape Medusa gives items, so items and totals are read apart.
const ORDER_FIELDS = ["id", "display_id", "email", "currency_code", ...ORDER_LOCALE_FIELDS, ...ORDER_ITEM_FIELDS, ...ORDER_SHIPPING_FIELDS, "items.total", "payment_collections.payment_sessions.provider_id"]
const TOTAL_FIELDS = ["id", "item_subtotal", "shipping_total", "tax_total", "discount_total", "total"] as const

/** The order read with ORDER_FIELDS. */
type PlacedOrderRow = OrderRow & ShippingMethods & {
  locale?: string | null
  customer?: { metadata?: Record<string, unknown> | null } | null
  payment_collections?: ({ payment_sessions?: ({ provider_id?: string | null } | null)[] | null } | null)[] | null
}

const line = (i: OrderItemRow) => ({ id: i.id, title: i.title, variant_title: i.variant_title ?? null, quantity: quantityOf(i), unit_price: num(i.unit_price), total: num(i.total) })

/**
 * Confirms a placed order: the shopper gets "order-placed" (items grouped by workshop, each with
 * the shipping method it travels with, totals, and a bank-transfer flag for the manual provider);
 * each workshop with items gets "seller-new-order" with only its own items and shipping.
 * Idempotency keys make a repeat a no-op.
 */
export const notifyOrderPlacedStep = createStep("notify-order-placed", async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: input.order_id } })
  if (!order) return new StepResponse([])
  const { data: [totals] } = await query.graph({ entity: "order", fields: [...TOTAL_FIELDS], filters: { id: input.order_id } })
  const row = order as unknown as PlacedOrderRow
  const sum = (totals ?? {}) as Partial<Record<(typeof TOTAL_FIELDS)[number], Num>>
  const sellerIds = sellerIdsOf(row)
  const sellers = sellerIds.length
    ? await container.resolve<SellerModuleService>(SELLER_MODULE).listSellers({ id: sellerIds }, { select: ["id", "handle", "name", "email"] })
    : []
  const shipping = await sellerShippingMethods(container, row)
  const providers = (row.payment_collections ?? []).flatMap((pc) => (pc?.payment_sessions ?? []).map((s) => s?.provider_id)).filter(Boolean)
  const groups = sellers.map((s) => {
    const part = sellerItems(row, s.id)
    return { seller: { id: s.id, handle: s.handle, name: s.name }, items: part.map(line), subtotal: partSubtotal(part), shipping: shipping.get(s.id) ?? null }
  })
  const unassigned = (row.items ?? []).filter((i): i is OrderItemRow => !!i && !itemSellerId(i))

  const notifications: CreateNotificationDTO[] = []
  if (row.email) {
    notifications.push({
      to: row.email, channel: "email", template: "order-placed", idempotency_key: `order-placed:${row.id}`,
      data: {
        order_id: row.id, display_id: row.display_id, currency_code: row.currency_code, locale: orderEmailLocale(row),
        sellers: groups, other_items: unassigned.map(line),
        totals: { item_subtotal: num(sum.item_subtotal), shipping_total: num(sum.shipping_total), tax_total: num(sum.tax_total), discount_total: num(sum.discount_total), total: num(sum.total) },
        payment: { provider_id: providers[0] ?? null, bank_transfer: providers.includes(BANK_TRANSFER_PROVIDER) },
      },
    })
  }
  for (const group of groups) {
    const email = sellers.find((s) => s.id === group.seller.id)?.email
    if (!email) continue
    notifications.push({
      to: email, channel: "email", template: "seller-new-order", idempotency_key: `seller-new-order:${row.id}:${group.seller.id}`,
      data: { order_id: row.id, display_id: row.display_id, currency_code: row.currency_code, seller_id: group.seller.id, seller_name: group.seller.name, items: group.items, subtotal: group.subtotal, shipping: group.shipping },
    })
  }
  const sent = notifications.length ? await container.resolve(Modules.NOTIFICATION).createNotifications(notifications) : []
  return new StepResponse(sent.map((n) => n.id))
})
