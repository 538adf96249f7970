import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LOW_STOCK_THRESHOLD_DEFAULT, LOW_STOCK_THRESHOLD_MAX, type ListingSort, type ListingStatus } from "@canting/domain"

export type ListingPageInput = {
  sellerId: string
  limit: number
  offset: number
  order: ListingSort
  /** Already an ILIKE pattern (`%…%`, wildcards escaped): matched against title, handle and any variant's SKU. */
  pattern?: string
  status?: ListingStatus
  /**
   * Only listings with a stock-tracked variant at or below the listing's low-stock threshold at this
   * location (the seller's own); null when the seller has no location yet, so nothing is low.
   */
  lowStockAt?: string | null
}

// The tables Medusa made for links/seller-product.ts and the Product module's models.
const LINK = "seller_seller_product_product"
// Only these expressions ever reach ORDER BY; `id` breaks ties so pages never overlap.
const SORT_SQL = { created_at: "p.created_at", updated_at: "p.updated_at", title: "lower(p.title)" } as const
const STORED = "(p.metadata ->> 'low_stock_threshold')::numeric"
// The listing's threshold as lowStockThreshold (@canting/domain) reads it: a whole number in range, else the default.
// A CASE, so the cast only ever sees a JSON number.
const THRESHOLD_SQL = `case when jsonb_typeof(p.metadata -> 'low_stock_threshold') is distinct from 'number' then ?
  when ${STORED} between 0 and ? and ${STORED} = trunc(${STORED}) then ${STORED} else ? end`

/**
 * One page of a seller's product ids and how many match, straight from PostgreSQL. Query cannot
 * filter or sort products by a link to another module without the Index module, so this joins the
 * seller–product link table to the product table: the filter, sort, count and page are one indexed
 * query each, whatever the size of the catalogue.
 */
export async function listingPage(container: MedusaContainer, input: ListingPageInput): Promise<{ ids: string[]; count: number }> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const matching = knex(`${LINK} as l`)
    .join("product as p", "p.id", "l.product_id")
    .where("l.seller_id", input.sellerId).whereNull("l.deleted_at").whereNull("p.deleted_at")
  if (input.status) matching.where("p.status", input.status)
  if (input.pattern) {
    const pattern = input.pattern
    matching.where((w) => w.whereILike("p.title", pattern).orWhereILike("p.handle", pattern).orWhereExists(
      knex("product_variant as v").whereRaw("v.product_id = p.id").whereNull("v.deleted_at").whereILike("v.sku", pattern)))
  }
  if (input.lowStockAt === null) return { ids: [], count: 0 }
  if (input.lowStockAt) {
    // Available = stocked − reserved at the seller's location, per inventory item (stock-alert/stock.ts does the same in code).
    matching.whereExists(knex("product_variant as v")
      .join("product_variant_inventory_item as vi", "vi.variant_id", "v.id")
      .join("inventory_level as il", "il.inventory_item_id", "vi.inventory_item_id")
      .whereRaw("v.product_id = p.id").where("v.manage_inventory", true).where("il.location_id", input.lowStockAt)
      .whereNull("v.deleted_at").whereNull("vi.deleted_at").whereNull("il.deleted_at")
      .whereRaw(`il.stocked_quantity - il.reserved_quantity <= ${THRESHOLD_SQL}`, [LOW_STOCK_THRESHOLD_DEFAULT, LOW_STOCK_THRESHOLD_MAX, LOW_STOCK_THRESHOLD_DEFAULT]))
  }
  const desc = input.order.startsWith("-")
  const sql = SORT_SQL[(desc ? input.order.slice(1) : input.order) as keyof typeof SORT_SQL]
  const direction = desc ? "desc" : "asc"
  const [rows, [{ count }]] = await Promise.all([
    matching.clone().select("p.id").orderByRaw(`${sql} ${direction}, p.id ${direction}`).limit(input.limit).offset(input.offset),
    matching.clone().count({ count: "*" }),
  ])
  return { ids: (rows as { id: string }[]).map((r) => r.id), count: Number(count) }
}
