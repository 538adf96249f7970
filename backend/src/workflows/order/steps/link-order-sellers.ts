import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { SELLER_MODULE } from "../../../modules/seller"
import { itemSellerId, lineItemMetadata, ORDER_ITEM_FIELDS, SELLER_ID_KEY, type OrderItemRow } from "../seller-part"

export type LinkOrderSellersResult = { seller_ids: string[]; created: string[] }

const linkOf = (orderId: string, sellerId: string) => ({
  [Modules.ORDER]: { order_id: orderId },
  [SELLER_MODULE]: { seller_id: sellerId },
})

/**
 * Stamps each line item with the seller of its product, read from the product's link (never from
 * what the client sent), and links the order to each of those sellers. Idempotent: a stamp that
 * already matches is kept and existing links are kept, so running it again (hook, then the
 * order.placed subscriber) changes nothing. A product gone since keeps the stamp placed at checkout.
 */
export async function linkOrderToSellers(container: MedusaContainer, orderId: string): Promise<LinkOrderSellersResult> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", ...ORDER_ITEM_FIELDS, "sellers.id"],
    filters: { id: orderId },
  })
  if (!order) return { seller_ids: [], created: [] }
  const row = order as unknown as { items?: (OrderItemRow | null)[] | null; sellers?: ({ id: string } | null)[] | null }
  const items = (row.items ?? []).filter((i): i is OrderItemRow => Boolean(i))

  const productIds = [...new Set(items.map((i) => i.product_id).filter((id): id is string => Boolean(id)))]
  if (productIds.length) {
    const { data: products } = await query.graph({ entity: "product", fields: ["id", "seller.id"], filters: { id: productIds } })
    const sellerOfProduct = new Map((products as { id: string; seller?: { id: string } | null }[]).map((p) => [p.id, p.seller?.id ?? null]))
    const orders = container.resolve(Modules.ORDER)
    for (const item of items) {
      if (!item.product_id || !sellerOfProduct.has(item.product_id)) continue
      const sellerId = sellerOfProduct.get(item.product_id)
      if ((itemSellerId(item) ?? null) === sellerId) continue
      const metadata = lineItemMetadata(item)
      // A product without a seller (the platform's own) leaves the line unassigned.
      if (sellerId) metadata[SELLER_ID_KEY] = sellerId
      else delete metadata[SELLER_ID_KEY]
      await orders.updateOrderLineItems(item.id, { metadata })
      item.line_item_metadata = metadata
    }
  }

  const sellerIds = [...new Set(items.map(itemSellerId).filter((id): id is string => Boolean(id)))]
  const linked = new Set((row.sellers ?? []).flatMap((s) => (s ? [s.id] : [])))
  const missing = sellerIds.filter((id) => !linked.has(id))
  if (missing.length) await container.resolve(ContainerRegistrationKeys.LINK).create(missing.map((id) => linkOf(orderId, id)))
  return { seller_ids: sellerIds, created: missing }
}

/** Removes the links this run created (the stamps stay: they are facts about the items). */
export async function unlinkOrderSellers(container: MedusaContainer, orderId: string, sellerIds: string[]) {
  if (!sellerIds.length) return
  await container.resolve(ContainerRegistrationKeys.LINK).dismiss(sellerIds.map((id) => linkOf(orderId, id)))
}

export const linkOrderSellersStep = createStep(
  "link-order-sellers",
  async (input: { order_id: string }, { container }) => {
    const result = await linkOrderToSellers(container, input.order_id)
    return new StepResponse(result, { order_id: input.order_id, created: result.created })
  },
  async (undo, { container }) => {
    if (undo) await unlinkOrderSellers(container, undo.order_id, undo.created)
  }
)
