import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SellerOrderSort, SellerOrderStatus } from "@canting/domain"
import { SELLER_ID_KEY } from "./seller-part"

export type SellerOrderPageInput = {
  sellerId: string
  limit: number
  offset: number
  order: SellerOrderSort
  /** The order's number (`12` or `#12`) or part of the shopper's email. */
  q?: string
  /** Already an ILIKE pattern of `q` (`%…%`, wildcards escaped). */
  pattern?: string
  status?: SellerOrderStatus
}

// The tables Medusa made for links/order-seller.ts and the Order module's models.
const LINK = "order_order_seller_seller"
const SORT_SQL = { created_at: "o.created_at", display_id: "o.display_id" } as const

/**
 * One page of the ids of the orders linked to a seller, and how many match, straight from
 * PostgreSQL (Query cannot filter orders by a link to another module without the Index module).
 * The status filter is partStatus (seller-part.ts) written in SQL over the order's current version:
 * delivered when every one of the seller's items is delivered, shipped when every one is shipped,
 * otherwise still to ship. seller-order pages' HTTP tests hold the two definitions together.
 */
export async function sellerOrderPage(container: MedusaContainer, input: SellerOrderPageInput): Promise<{ ids: string[]; count: number }> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const matching = knex(`${LINK} as l`)
    .join("order as o", "o.id", "l.order_id")
    .where("l.seller_id", input.sellerId).whereNull("l.deleted_at").whereNull("o.deleted_at")
  if (input.pattern) {
    const number = /^#?\d{1,9}$/.test(input.q ?? "") ? Number(input.q!.replace("#", "")) : undefined
    const pattern = input.pattern
    matching.where((w) => (number === undefined ? w.whereILike("o.email", pattern) : w.where("o.display_id", number).orWhereILike("o.email", pattern)))
  }
  if (input.status) {
    // The seller's items in the order's current version (the seller is stamped on each line item).
    const part = () => knex("order_item as oi").join("order_line_item as li", "li.id", "oi.item_id")
      .whereRaw("oi.order_id = o.id and oi.version = o.version").whereNull("oi.deleted_at").whereNull("li.deleted_at")
      .whereRaw("coalesce(li.metadata->>?, oi.metadata->>?) = ?", [SELLER_ID_KEY, SELLER_ID_KEY, input.sellerId])
    const notDelivered = () => part().whereRaw("oi.delivered_quantity < oi.quantity")
    const notShipped = () => part().whereRaw("oi.shipped_quantity < oi.quantity")
    if (input.status === "delivered") matching.whereExists(part()).whereNotExists(notDelivered())
    else if (input.status === "shipped") matching.whereExists(notDelivered()).whereNotExists(notShipped())
    else matching.where((w) => w.whereNotExists(part()).orWhereExists(notShipped()))
  }
  const desc = input.order.startsWith("-")
  const sql = SORT_SQL[(desc ? input.order.slice(1) : input.order) as keyof typeof SORT_SQL]
  const direction = desc ? "desc" : "asc"
  const [rows, [{ count }]] = await Promise.all([
    matching.clone().select("o.id").orderByRaw(`${sql} ${direction}, o.id ${direction}`).limit(input.limit).offset(input.offset),
    matching.clone().count({ count: "*" }),
  ])
  return { ids: (rows as { id: string }[]).map((r) => r.id), count: Number(count) }
}
