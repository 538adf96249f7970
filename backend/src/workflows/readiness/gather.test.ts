import { describe, expect, it } from "vitest"
import { hasSpec, orderRecord } from "./gather"
import type { OrderRow } from "../order/seller-part"

const DAY = 86_400_000
const placed = new Date("2026-05-01T03:00:00Z")
/** An order with one item of `seller`, shipped `shippedAfter` days after it was placed (or not at all). */
const order = (id: string, seller: string, shippedAfter: number | null): OrderRow => ({
  id, created_at: placed, currency_code: "idr",
  items: [{
    id: `${id}-item`, title: "Kain", quantity: 1, unit_price: 100, metadata: { seller_id: seller },
    detail: { quantity: 1, fulfilled_quantity: shippedAfter === null ? 0 : 1, shipped_quantity: shippedAfter === null ? 0 : 1, delivered_quantity: 0 },
  }],
  fulfillments: shippedAfter === null ? [] : [{ id: `${id}-f`, shipped_at: new Date(placed.getTime() + shippedAfter * DAY), items: [{ line_item_id: `${id}-item` }] }],
})

describe("order record for rubric C4", () => {
  it("counts shipped parts as completed and on time within the longest declared lead time", () => {
    const orders = [order("o1", "sel_a", 10), order("o2", "sel_a", 50), order("o3", "sel_a", null), order("o4", "sel_b", 1)]
    expect(orderRecord(orders, "sel_a", [{ technique: "batik_tulis", units_per_month: 5, lead_time_days: 45 }])).toEqual({ completed: 2, on_time: 1, complaints: 0 })
  })

  it("uses 14 days when the seller declared no lead time, and is null without orders", () => {
    expect(orderRecord([order("o1", "sel_a", 10), order("o2", "sel_a", 20)], "sel_a", null)).toEqual({ completed: 2, on_time: 1, complaints: 0 })
    expect(orderRecord([], "sel_a", null)).toBeNull()
  })
})

describe("export spec sheet", () => {
  it("needs fibre composition, both dimensions and the dye family", () => {
    const full = { fibre_composition: [{ fibre: "cotton", percent: 100 }], length_cm: 250, width_cm: 105, dye_family: "natural" }
    expect(hasSpec(full)).toBe(true)
    expect(hasSpec({ ...full, fibre_composition: [] })).toBe(false)
    expect(hasSpec({ ...full, width_cm: undefined })).toBe(false)
    expect(hasSpec({ ...full, dye_family: undefined })).toBe(false)
    expect(hasSpec(null)).toBe(false)
  })
})
