import { describe, expect, it } from "vitest"
import { availableAt, listingStock, stockAlertPlan, variantStock, type VariantStock, type VariantStockRow } from "./stock"

const level = (location_id: string, stocked: unknown, reserved: unknown) => ({ location_id, stocked_quantity: stocked, reserved_quantity: reserved })
const row = (levels: ReturnType<typeof level>[], metadata: Record<string, unknown> = {}): VariantStockRow => ({
  id: "var_1", title: "250x105", manage_inventory: true,
  product: { id: "prod_1", title: "Kain Sogan", metadata, seller: { id: "sel_1", name: "Bengkel", email: "a@b.test", stock_location: { id: "loc_a" } } },
  inventory_items: [{ inventory_item_id: "iitem_1", inventory: { location_levels: levels } }],
})
const stock = (variant_id: string, available: number, threshold = 2): VariantStock => ({
  seller_id: "sel_1", seller_name: "", seller_email: null, product_id: "prod_1", product_title: "", variant_id, variant_title: "", available, threshold,
})

describe("stock alerts", () => {
  it("counts stocked minus reserved at the workshop's own location only", () => {
    expect(availableAt(row([level("loc_other", 50, 0), level("loc_a", "5", { value: "3" })]), "loc_a")).toBe(2)
    expect(availableAt(row([level("loc_other", 50, 0)]), "loc_a")).toBeNull()
  })

  it("reads the listing's threshold, else the default, and skips what is not a stock-tracked workshop listing", () => {
    expect(variantStock(row([level("loc_a", 5, 1)], { low_stock_threshold: 4 }))).toEqual(expect.objectContaining({ available: 4, threshold: 4, seller_email: "a@b.test" }))
    expect(variantStock(row([level("loc_a", 5, 1)]))?.threshold).toBe(2)
    expect(variantStock({ ...row([level("loc_a", 0, 0)]), manage_inventory: false })).toBeNull()
    const noSeller = row([level("loc_a", 0, 0)])
    noSeller.product!.seller = null
    expect(variantStock(noSeller)).toBeNull()
  })

  it("notifies after a sale only variants at or below the threshold not told yet, and clears told variants above it", () => {
    const stocks = [stock("at", 2), stock("below_told", 1), stock("above_told", 3), stock("above", 5), stock("zero", 0, 0)]
    const told = new Set(["below_told", "above_told"])
    expect(stockAlertPlan(stocks, told, true)).toEqual({ notify: [stocks[0], stocks[4]], clear: ["above_told"] })
    // A restock or a cancellation never notifies.
    expect(stockAlertPlan(stocks, told, false)).toEqual({ notify: [], clear: ["above_told"] })
  })

  it("lists a listing's low variants for the seller's reads; without a location nothing is low", () => {
    const product = { metadata: { low_stock_threshold: 3 }, variants: [
      { id: "v1", title: "S", inventory_items: row([level("loc_a", 4, 1)]).inventory_items },
      { id: "v2", title: "M", inventory_items: row([level("loc_a", 9, 1)]).inventory_items },
      { id: "v3", title: "L", manage_inventory: false, inventory_items: [] },
    ] }
    expect(listingStock(product, "loc_a")).toEqual({ low_stock_threshold: 3, low_stock: [{ variant_id: "v1", title: "S", available: 3 }] })
    expect(listingStock(product, null)).toEqual({ low_stock_threshold: 3, low_stock: [] })
  })
})
