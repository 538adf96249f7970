import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { num, ORDER_ITEM_FIELDS, quantityOf, sellerIdsOf, sellerItems, type Num, type OrderItemRow, type OrderRow } from "../seller-part"
import { CANCELED_UNPAID_KEY, type CanceledUnpaidMark } from "./mark-order-canceled-unpaid"
import { ORDER_LOCALE_FIELDS, orderEmailLocale } from "../../../lib/email-locale"

const line = (i: OrderItemRow) => ({ id: i.id, title: i.title, variant_title: i.variant_title ?? null, quantity: quantityOf(i) })

/**
 * Tells the shopper ("order-canceled-unpaid") and each workshop with items in the order
 * ("seller-order-canceled-unpaid", with only its own items) that the order was cancelled because
 * the bank transfer did not arrive within `days` days and the pieces are on sale again.
 * Idempotency keys make a repeat a no-op; returns the ids of the notifications sent now.
 */
export async function notifyOrderCanceledUnpaid(container: MedusaContainer, orderId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order", fields: ["id", "display_id", "email", ...ORDER_LOCALE_FIELDS, "currency_code", "metadata", "sellers.id", ...ORDER_ITEM_FIELDS], filters: { id: orderId },
  })
  if (!order) return []
  // Asking for totals changes the shape Medusa gives items (see notify-order-placed): read apart.
  const { data: [totals] } = await query.graph({ entity: "order", fields: ["id", "total"], filters: { id: orderId } })
  const row = order as unknown as OrderRow & Parameters<typeof orderEmailLocale>[0] & { metadata?: Record<string, unknown> | null; sellers?: ({ id: string } | null)[] }
  const mark = (row.metadata?.[CANCELED_UNPAID_KEY] ?? null) as CanceledUnpaidMark | null
  const sellerIds = [...new Set([...sellerIdsOf(row), ...(row.sellers ?? []).filter(Boolean).map((s) => s!.id)])]
  const sellers = sellerIds.length
    ? await container.resolve<SellerModuleService>(SELLER_MODULE).listSellers({ id: sellerIds }, { select: ["id", "handle", "name", "email"] })
    : []
  const base = { order_id: row.id, display_id: row.display_id, currency_code: row.currency_code, days: mark?.days ?? null, canceled_at: mark?.at ?? null }

  const notifications: CreateNotificationDTO[] = []
  if (row.email) {
    notifications.push({
      to: row.email, channel: "email", template: "order-canceled-unpaid", idempotency_key: `order-canceled-unpaid:${row.id}`,
      data: {
        ...base, locale: orderEmailLocale(row), total: num((totals as { total?: Num } | undefined)?.total),
        sellers: sellers.map((s) => ({ id: s.id, handle: s.handle, name: s.name })),
        items: (row.items ?? []).filter((i): i is OrderItemRow => Boolean(i)).map(line),
      },
    })
  }
  for (const seller of sellers) {
    if (!seller.email) continue
    notifications.push({
      to: seller.email, channel: "email", template: "seller-order-canceled-unpaid", idempotency_key: `seller-order-canceled-unpaid:${row.id}:${seller.id}`,
      data: { ...base, seller_id: seller.id, seller_name: seller.name, items: sellerItems(row, seller.id).map(line) },
    })
  }
  const sent = notifications.length ? await container.resolve(Modules.NOTIFICATION).createNotifications(notifications) : []
  return sent.map((n) => n.id)
}

export const notifyOrderCanceledUnpaidStep = createStep("notify-order-canceled-unpaid", async (input: { order_id: string }, { container }) => {
  return new StepResponse(await notifyOrderCanceledUnpaid(container, input.order_id))
})
