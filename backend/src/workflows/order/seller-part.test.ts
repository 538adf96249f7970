import { describe, expect, it } from "vitest"
import { partStatus, sellerIdsOf, toParts, toSellerOrder, unfulfilledItems, type OrderItemRow, type OrderRow } from "./seller-part"

const item = (id: string, seller: string | null, quantity: number, detail: Partial<Record<"fulfilled_quantity" | "shipped_quantity" | "delivered_quantity", number>> = {}): OrderItemRow => ({
  id, title: `Kain ${id}`, variant_title: "250x105", product_id: `prod_${id}`, thumbnail: null, quantity, unit_price: 100_000,
  metadata: seller ? { seller_id: seller } : {},
  detail: { quantity, fulfilled_quantity: 0, shipped_quantity: 0, delivered_quantity: 0, ...detail },
})

const order = (items: OrderItemRow[], fulfillments: OrderRow["fulfillments"] = []): OrderRow => ({
  id: "order_1", display_id: 7, currency_code: "idr", email: "rina@pembeli.test", items, fulfillments,
})

describe("a seller's part of an order", () => {
  const mixed = order(
    [item("a1", "sel_a", 1, { fulfilled_quantity: 1, shipped_quantity: 1 }), item("b1", "sel_b", 2), item("a2", "sel_a", 1), item("x", null, 1)],
    [
      { id: "ful_1", shipped_at: "2026-11-28T10:00:00Z", metadata: { carrier: "JNE" }, labels: [{ tracking_number: "JP123", tracking_url: "" }], items: [{ line_item_id: "a1" }] },
      { id: "ful_0", canceled_at: "2026-11-27T10:00:00Z", labels: [{ tracking_number: "OLD", tracking_url: "" }], items: [{ line_item_id: "b1" }] },
    ]
  )

  it("keeps only the seller's items, its subtotal and its own shipments", () => {
    const a = toSellerOrder(mixed, "sel_a")
    expect(a.items.map((i) => i.id)).toEqual(["a1", "a2"])
    expect(a.subtotal).toBe(200_000)
    expect(a.items[0].total).toBe(100_000)
    expect(a.fulfillments).toEqual([{ id: "ful_1", tracking_number: "JP123", carrier: "JNE", tracking_url: null, shipped_at: "2026-11-28T10:00:00Z" }])
    const b = toSellerOrder(mixed, "sel_b")
    expect(b.subtotal).toBe(200_000)
    expect(b.fulfillments).toEqual([]) // a cancelled fulfilment does not count
    expect(toSellerOrder(mixed, "sel_c").items).toEqual([])
  })

  it("is shipped only when every item of the seller is shipped, delivered when every item is delivered", () => {
    expect(toSellerOrder(mixed, "sel_a").fulfillment_status).toBe("not_fulfilled")
    expect(partStatus([item("a", "s", 2, { shipped_quantity: 2 })])).toBe("shipped")
    expect(partStatus([item("a", "s", 2, { shipped_quantity: 1 })])).toBe("not_fulfilled")
    expect(partStatus([item("a", "s", 1, { shipped_quantity: 1, delivered_quantity: 1 }), item("b", "s", 1, { shipped_quantity: 1 })])).toBe("shipped")
    expect(partStatus([item("a", "s", 1, { shipped_quantity: 1, delivered_quantity: 1 })])).toBe("delivered")
    expect(partStatus([])).toBe("not_fulfilled")
  })

  it("leaves to fulfil only what no fulfilment covers, with the remaining quantity", () => {
    expect(unfulfilledItems(mixed, "sel_a")).toEqual([{ id: "a2", quantity: 1 }])
    expect(unfulfilledItems(order([item("a", "sel_a", 3, { fulfilled_quantity: 1 })]), "sel_a")).toEqual([{ id: "a", quantity: 2 }])
    expect(unfulfilledItems(order([item("a", "sel_a", 1, { fulfilled_quantity: 1 })]), "sel_a")).toEqual([])
  })

  it("reads the seller from the line item's metadata when Medusa hands the order item's metadata apart", () => {
    const shaped: OrderItemRow = { ...item("a", null, 1), metadata: {}, line_item_metadata: { seller_id: "sel_a" } }
    expect(sellerIdsOf(order([shaped]))).toEqual(["sel_a"])
  })

  it("splits the order by workshop for the shopper, with public statuses and tracking, without prices", () => {
    const parts = toParts(mixed, [{ id: "sel_b", handle: "bengkel-b", name: "Bengkel B" }, { id: "sel_a", handle: "bengkel-a", name: "Bengkel A" }])
    expect(parts.map((p) => [p.seller.handle, p.status, p.items.map((i) => i.id)])).toEqual([
      ["bengkel-a", "processing", ["a1", "a2"]],
      ["bengkel-b", "processing", ["b1"]],
    ])
    expect(parts[0].tracking).toEqual([{ number: "JP123", carrier: "JNE", url: null }])
    expect(parts[1].tracking).toEqual([])
    expect(JSON.stringify(parts)).not.toContain("unit_price")
  })
})
