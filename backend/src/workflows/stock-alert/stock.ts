import { isLowStock, lowStockThreshold } from "@canting/domain"

/** A location level as Query reads it (quantities may come back as strings or big numbers). */
type LevelRow = { location_id?: string | null; stocked_quantity?: unknown; reserved_quantity?: unknown } | null

/** A variant read with VARIANT_STOCK_FIELDS. */
export type VariantStockRow = {
  id: string
  title?: string | null
  manage_inventory?: boolean | null
  product?: {
    id: string; title?: string | null; metadata?: Record<string, unknown> | null
    seller?: { id: string; name?: string | null; email?: string | null; stock_location?: { id: string } | null } | null
  } | null
  inventory_items?: ({ inventory_item_id: string; inventory?: { location_levels?: LevelRow[] | null } | null } | null)[] | null
}

export const VARIANT_STOCK_FIELDS = [
  "id", "title", "manage_inventory",
  "product.id", "product.title", "product.metadata",
  "product.seller.id", "product.seller.name", "product.seller.email", "product.seller.stock_location.id",
  "inventory_items.inventory_item_id",
  "inventory_items.inventory.location_levels.location_id",
  "inventory_items.inventory.location_levels.stocked_quantity",
  "inventory_items.inventory.location_levels.reserved_quantity",
]

/** One variant of a workshop's listing, with what can still be sold at the workshop and the listing's threshold. */
export type VariantStock = {
  seller_id: string
  seller_name: string
  seller_email: string | null
  product_id: string
  product_title: string
  variant_id: string
  variant_title: string
  available: number
  threshold: number
}

const quantity = (v: unknown) => {
  const n = Number(typeof v === "object" && v !== null && "value" in v ? (v as { value: unknown }).value : v)
  return Number.isFinite(n) ? n : 0
}

/**
 * What can still be sold of a variant at one location: stocked minus reserved, for its scarcest
 * inventory item. Null when the variant is not stock-tracked there (no level), so it never alerts.
 */
export function availableAt(variant: Pick<VariantStockRow, "inventory_items">, locationId: string): number | null {
  let least: number | null = null
  for (const item of variant.inventory_items ?? []) {
    const level = (item?.inventory?.location_levels ?? []).find((l) => l?.location_id === locationId)
    if (!level) continue
    const available = quantity(level.stocked_quantity) - quantity(level.reserved_quantity)
    least = least === null ? available : Math.min(least, available)
  }
  return least
}

/** A workshop variant's stock against its listing's threshold; null for anything that is not a tracked workshop listing. */
export function variantStock(row: VariantStockRow): VariantStock | null {
  const seller = row.product?.seller
  const locationId = seller?.stock_location?.id
  if (!row.product || !seller || !locationId || row.manage_inventory === false) return null
  const available = availableAt(row, locationId)
  if (available === null) return null
  return {
    seller_id: seller.id, seller_name: seller.name ?? "", seller_email: seller.email ?? null,
    product_id: row.product.id, product_title: row.product.title ?? "",
    variant_id: row.id, variant_title: row.title ?? "",
    available, threshold: lowStockThreshold(row.product.metadata?.low_stock_threshold),
  }
}

/**
 * What to do for each variant: tell the workshop about a variant running low that it has not been
 * told about since its last restock (only when `notify`, i.e. after a sale), and forget the alert of
 * a variant whose stock is above the threshold again, so that the next fall tells it again.
 */
export function stockAlertPlan(stocks: VariantStock[], alerted: ReadonlySet<string>, notify: boolean) {
  return {
    notify: notify ? stocks.filter((s) => isLowStock(s.available, s.threshold) && !alerted.has(s.variant_id)) : [],
    clear: stocks.filter((s) => !isLowStock(s.available, s.threshold) && alerted.has(s.variant_id)).map((s) => s.variant_id),
  }
}

/** A listing as the seller's product routes read it (the fields this needs). */
export type ListingStockRow = {
  metadata?: Record<string, unknown> | null
  variants?: ({ id: string; title?: string | null; manage_inventory?: boolean | null } & Pick<VariantStockRow, "inventory_items"> | null)[] | null
}

/**
 * A listing's threshold (its own, else the default) and its variants at or below it at the
 * workshop's location, for the seller's reads and the dashboard notice. No location: nothing is low.
 */
export function listingStock(product: ListingStockRow, locationId: string | null) {
  const threshold = lowStockThreshold(product.metadata?.low_stock_threshold)
  const low = locationId
    ? (product.variants ?? []).flatMap((v) => {
      if (!v || v.manage_inventory === false) return []
      const available = availableAt(v, locationId)
      return available !== null && isLowStock(available, threshold) ? [{ variant_id: v.id, title: v.title ?? "", available }] : []
    })
    : []
  return { low_stock_threshold: threshold, low_stock: low }
}
