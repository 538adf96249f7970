/**
 * A seller's "part" of an order: the order's line items whose product belonged to that seller
 * when the order was placed. The seller is stamped on each line item (`metadata.seller_id`) at
 * placement, so a part survives the product being deleted or moved later.
 */

export const SELLER_ID_KEY = "seller_id"

export type PartStatus = "not_fulfilled" | "shipped" | "delivered"

export type Num = number | string | { toJSON?: () => unknown } | null | undefined

export type OrderItemRow = {
  id: string
  title: string
  variant_title?: string | null
  product_id?: string | null
  thumbnail?: string | null
  quantity: Num
  unit_price: Num
  total?: Num
  metadata?: Record<string, unknown> | null
  /** set by Medusa when the order item's own metadata hides the line item's */
  line_item_metadata?: Record<string, unknown> | null
  detail?: { quantity?: Num; fulfilled_quantity?: Num; shipped_quantity?: Num; delivered_quantity?: Num } | null
}

export type FulfillmentRow = {
  id: string
  shipped_at?: string | Date | null
  delivered_at?: string | Date | null
  canceled_at?: string | Date | null
  metadata?: Record<string, unknown> | null
  labels?: { tracking_number?: string | null; tracking_url?: string | null }[] | null
  items?: { line_item_id?: string | null }[] | null
}

export type OrderRow = {
  id: string
  display_id?: number | null
  created_at?: string | Date
  currency_code: string
  email?: string | null
  shipping_address?: Record<string, unknown> | null
  payment_status?: string
  items?: (OrderItemRow | null)[] | null
  fulfillments?: (FulfillmentRow | null)[] | null
}

export type SellerSummary = { id: string; handle: string; name: string }

/** Medusa hands quantities and amounts back as numbers, numeric strings or BigNumber-like values. */
export function num(value: Num): number {
  if (value === null || value === undefined) return 0
  if (typeof value === "number") return value
  if (typeof value === "string") return Number(value)
  const json = typeof value.toJSON === "function" ? value.toJSON() : value
  return Number(json)
}

/**
 * The item fields every reader asks Query for. Medusa returns order items in one of two shapes
 * (with or without `detail`, quantity and metadata on the item or its detail) depending on the
 * fields requested, so every reader requests the same set.
 */
export const ORDER_ITEM_FIELDS = [
  "items.id", "items.title", "items.variant_title", "items.product_id", "items.thumbnail", "items.quantity", "items.unit_price",
  "items.metadata", "items.detail.quantity", "items.detail.fulfilled_quantity", "items.detail.shipped_quantity", "items.detail.delivered_quantity",
]

export const itemSellerId = (item: OrderItemRow): string | undefined => {
  const id = item.line_item_metadata?.[SELLER_ID_KEY] ?? item.metadata?.[SELLER_ID_KEY]
  return typeof id === "string" ? id : undefined
}

/** The line item's own metadata (not the order item's). */
export const lineItemMetadata = (item: OrderItemRow): Record<string, unknown> => ({ ...(item.line_item_metadata ?? item.metadata ?? {}) })

/** The ordered quantity of the item in the order's current version. */
export const quantityOf = (item: OrderItemRow): number => num(item.detail?.quantity ?? item.quantity)

const items = (order: OrderRow) => (order.items ?? []).filter((i): i is OrderItemRow => Boolean(i))
const liveFulfillments = (order: OrderRow) => (order.fulfillments ?? []).filter((f): f is FulfillmentRow => Boolean(f) && !f!.canceled_at)

/** The order's line items that belong to the seller. */
export function sellerItems(order: OrderRow, sellerId: string): OrderItemRow[] {
  return items(order).filter((i) => itemSellerId(i) === sellerId)
}

/** Every seller with items in the order, in the order the items appear. */
export function sellerIdsOf(order: OrderRow): string[] {
  return [...new Set(items(order).map(itemSellerId).filter((id): id is string => Boolean(id)))]
}

/** The seller's items at their unit price (before shipping, which is the order's). */
export const partSubtotal = (part: OrderItemRow[]) => part.reduce((sum, i) => sum + num(i.unit_price) * quantityOf(i), 0)

/** The seller's items (with the quantity still to fulfil) that no fulfilment covers yet. */
export function unfulfilledItems(order: OrderRow, sellerId: string): { id: string; quantity: number }[] {
  return sellerItems(order, sellerId)
    .map((i) => ({ id: i.id, quantity: quantityOf(i) - num(i.detail?.fulfilled_quantity) }))
    .filter((i) => i.quantity > 0)
}

/** Delivered when every item is delivered, shipped when every item is shipped, otherwise not fulfilled. */
export function partStatus(part: OrderItemRow[]): PartStatus {
  if (!part.length) return "not_fulfilled"
  if (part.every((i) => num(i.detail?.delivered_quantity) >= quantityOf(i))) return "delivered"
  if (part.every((i) => num(i.detail?.shipped_quantity) >= quantityOf(i))) return "shipped"
  return "not_fulfilled"
}

/** The (not cancelled) fulfilments that carry at least one of the seller's items. */
export function sellerFulfillments(order: OrderRow, sellerId: string): FulfillmentRow[] {
  const ids = new Set(sellerItems(order, sellerId).map((i) => i.id))
  return liveFulfillments(order).filter((f) => (f.items ?? []).some((fi) => fi?.line_item_id && ids.has(fi.line_item_id)))
}

const carrierOf = (f: FulfillmentRow) => (typeof f.metadata?.carrier === "string" ? f.metadata.carrier : null)
const blankToNull = (s: string | null | undefined) => (s ? s : null)

/** The order as one seller sees it: only its items, its subtotal, its shipping method, its status and its shipments. */
export function toSellerOrder(order: OrderRow, sellerId: string, shipping: { name: string; amount: number } | null = null) {
  const part = sellerItems(order, sellerId)
  return {
    id: order.id,
    display_id: order.display_id ?? null,
    created_at: order.created_at,
    currency_code: order.currency_code,
    email: order.email ?? null,
    shipping_address: order.shipping_address ?? null,
    payment_status: order.payment_status ?? "not_paid",
    items: part.map((i) => ({
      id: i.id, title: i.title, variant_title: i.variant_title ?? null, product_id: i.product_id ?? null,
      thumbnail: i.thumbnail ?? null, quantity: quantityOf(i), unit_price: num(i.unit_price),
      total: i.total === undefined || i.total === null ? num(i.unit_price) * quantityOf(i) : num(i.total),
    })),
    subtotal: partSubtotal(part),
    shipping,
    fulfillment_status: partStatus(part),
    fulfillments: sellerFulfillments(order, sellerId).map((f) => ({
      id: f.id,
      tracking_number: blankToNull(f.labels?.[0]?.tracking_number),
      carrier: carrierOf(f),
      tracking_url: blankToNull(f.labels?.[0]?.tracking_url),
      shipped_at: f.shipped_at ?? null,
    })),
  }
}

const PUBLIC_STATUS: Record<PartStatus, "processing" | "shipped" | "delivered"> = {
  not_fulfilled: "processing", shipped: "shipped", delivered: "delivered",
}

/** The order split by workshop for the shopper (by workshop name): what each seller sends, how (shipping method and amount), its status and tracking. */
export function toParts(order: OrderRow, sellers: SellerSummary[], shipping: Map<string, { name: string; amount: number }> = new Map()) {
  const byId = new Map(sellers.map((s) => [s.id, s]))
  const ids = sellerIdsOf(order).filter((id) => byId.has(id)).sort((x, y) => byId.get(x)!.name.localeCompare(byId.get(y)!.name))
  return ids.map((id) => {
    const part = sellerItems(order, id)
    return {
      seller: byId.get(id)!,
      items: part.map((i) => ({ id: i.id, title: i.title, variant_title: i.variant_title ?? null, quantity: quantityOf(i), thumbnail: i.thumbnail ?? null })),
      shipping: shipping.get(id) ?? null,
      status: PUBLIC_STATUS[partStatus(part)],
      tracking: sellerFulfillments(order, id).flatMap((f) => (f.labels ?? [])
        .filter((l) => l.tracking_number)
        .map((l) => ({ number: l.tracking_number!, carrier: carrierOf(f), url: blankToNull(l.tracking_url) }))),
    }
  })
}
