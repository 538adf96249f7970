import { describe, expect, it } from "vitest"
import { splitPriceRows, tierProblems, variantPriceRows, type PriceTier } from "./price-tiers"
import { tradeTermProblems, tradeTerms } from "./trade-terms"

const tier = (min: number, max: number | undefined, idr: number, usd: number): PriceTier =>
  ({ min_quantity: min, ...(max !== undefined && { max_quantity: max }), prices: { idr, usd } })

// Demo prices, not market figures.
const TABLE = [tier(1, 9, 400_000, 25), tier(10, 49, 350_000, 22), tier(50, undefined, 300_000, 19)]

describe("price tiers", () => {
  it("accepts contiguous tiers from 1 or from a minimum, falling in price, the last open-ended", () => {
    expect(tierProblems(TABLE, { idr: 400_000, usd: 25 })).toEqual([])
    expect(tierProblems([tier(10, 49, 350_000, 22), tier(50, undefined, 300_000, 19)], { idr: 400_000 })).toEqual([])
    expect(tierProblems([tier(12, 24, 350_000, 22)])).toEqual([])
  })

  it("names the tier that overlaps, leaves a gap, or is open-ended before the last", () => {
    expect(tierProblems([tier(1, 9, 400_000, 25), tier(5, 20, 350_000, 22)])).toEqual([{ field: "tiers.1.min_quantity", code: "tier_overlap" }])
    expect(tierProblems([tier(10, 49, 350_000, 22), tier(1, 9, 400_000, 25)])).toEqual([
      { field: "tiers.1.min_quantity", code: "tier_overlap" },
      { field: "tiers.1.prices.idr", code: "tier_price_rises" },
      { field: "tiers.1.prices.usd", code: "tier_price_rises" },
    ])
    expect(tierProblems([tier(1, 9, 400_000, 25), tier(12, undefined, 350_000, 22)])).toEqual([{ field: "tiers.1.min_quantity", code: "tier_gap" }])
    expect(tierProblems([tier(1, undefined, 400_000, 25), tier(10, undefined, 350_000, 22)])).toEqual([{ field: "tiers.0.max_quantity", code: "tier_open_not_last" }])
    expect(tierProblems([tier(10, 5, 400_000, 25)])).toEqual([{ field: "tiers.0.max_quantity", code: "tier_range" }])
  })

  it("refuses a unit price that rises with the quantity or sits above the variant's own price", () => {
    expect(tierProblems([tier(1, 9, 400_000, 25), tier(10, undefined, 410_000, 22)])).toEqual([{ field: "tiers.1.prices.idr", code: "tier_price_rises" }])
    expect(tierProblems([tier(10, undefined, 350_000, 30)], { idr: 400_000, usd: 25 })).toEqual([{ field: "tiers.0.prices.usd", code: "tier_price_rises" }])
    // An equal price is allowed: a tier may only state the single-piece price.
    expect(tierProblems([tier(1, 9, 400_000, 25)], { idr: 400_000, usd: 25 })).toEqual([])
  })

  it("refuses more than five tiers", () => {
    const six = Array.from({ length: 6 }, (_, i) => tier(i * 10 + 1, i === 5 ? undefined : i * 10 + 10, 400_000 - i, 25))
    expect(tierProblems(six)).toEqual([{ field: "tiers", code: "too_long" }])
  })

  it("stores tiers as quantity-ruled prices beside the variant's own, and reads them back", () => {
    const rows = variantPriceRows({ idr: 400_000, usd: 25 }, TABLE.slice(1))
    expect(rows).toEqual([
      { amount: 400_000, currency_code: "idr" }, { amount: 25, currency_code: "usd" },
      { amount: 350_000, currency_code: "idr", min_quantity: 10, max_quantity: 49 }, { amount: 22, currency_code: "usd", min_quantity: 10, max_quantity: 49 },
      { amount: 300_000, currency_code: "idr", min_quantity: 50 }, { amount: 19, currency_code: "usd", min_quantity: 50 },
    ])
    // Query hands numbers back as strings or BigNumber-like objects, in any order.
    const stored = [...rows].reverse().map((r) => ({ ...r, amount: { value: String(r.amount) }, min_quantity: r.min_quantity ?? null, max_quantity: r.max_quantity ?? null }))
    expect(splitPriceRows(stored)).toEqual({ base: { idr: 400_000, usd: 25 }, tiers: TABLE.slice(1) })
  })
})

describe("trade terms", () => {
  it("binds a minimum only on a wholesale listing", () => {
    expect(tradeTerms({ wholesale: true, min_order_quantity: 12 })).toEqual({ wholesale: true, moq: 12 })
    expect(tradeTerms({ wholesale: false, min_order_quantity: 12 })).toEqual({ wholesale: false, moq: 1 })
    expect(tradeTerms(null)).toEqual({ wholesale: false, moq: 1 })
  })

  it("needs the HS code for wholesale and wholesale for a minimum", () => {
    expect(tradeTermProblems({ wholesale: true, min_order_quantity: 10 })).toEqual([{ field: "hs_code", code: "hs_code_required_wholesale" }])
    expect(tradeTermProblems({ wholesale: true, hs_code: "520852", min_order_quantity: 10 })).toEqual([])
    expect(tradeTermProblems({ min_order_quantity: 10 })).toEqual([{ field: "min_order_quantity", code: "moq_needs_wholesale" }])
    expect(tradeTermProblems({ wholesale: false, min_order_quantity: null })).toEqual([])
  })
})
