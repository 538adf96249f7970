import { describe, expect, it } from "vitest"
import { unpaidCutoff, unpaidOrderDays, whyNotCancellable, type UnpaidOrderRow } from "./unpaid-orders"

const NOW = new Date("2026-06-10T02:00:00Z")
const CUTOFF = unpaidCutoff(NOW, 3)
const bankTransfer = (over: Record<string, unknown> = {}) => ({
  status: "authorized", amount: 375000, captured_amount: 0, refunded_amount: 0, payments: [{ provider_id: "pp_system_default" }], payment_sessions: [], ...over,
})
const order = (over: Partial<UnpaidOrderRow> = {}): UnpaidOrderRow => ({
  id: "order_1", status: "pending", created_at: "2026-06-06T10:00:00Z", currency_code: "idr", payment_collections: [bankTransfer()], fulfillments: [], ...over,
})

describe("unpaid order days (CANTING_UNPAID_ORDER_DAYS)", () => {
  it("defaults to 3 and takes a positive whole number", () => {
    expect(unpaidOrderDays(undefined)).toEqual({ days: 3 })
    expect(unpaidOrderDays("")).toEqual({ days: 3 })
    expect(unpaidOrderDays(" 7 ")).toEqual({ days: 7 })
  })

  it("falls back to 3 with a warning for anything else", () => {
    for (const bad of ["0", "-2", "1.5", "tiga", "3d", "1e3"]) {
      const parsed = unpaidOrderDays(bad)
      expect(parsed.days).toBe(3)
      expect(parsed.warning).toContain(`"${bad}"`)
    }
  })
})

describe("which orders the job cancels", () => {
  it("cancels an open bank-transfer order, authorized and not captured, placed at or before the cut-off", () => {
    expect(CUTOFF.toISOString()).toBe("2026-06-07T02:00:00.000Z")
    expect(whyNotCancellable(order(), CUTOFF)).toBeNull()
    expect(whyNotCancellable(order({ created_at: CUTOFF }), CUTOFF)).toBeNull()
    // a payment a failed earlier cancellation left cancelled: still no money in
    expect(whyNotCancellable(order({ payment_collections: [bankTransfer({ status: "canceled" })] }), CUTOFF)).toBeNull()
  })

  it("leaves younger, paid, fulfilled, card-paid and closed orders alone", () => {
    expect(whyNotCancellable(order({ created_at: "2026-06-08T00:00:00Z" }), CUTOFF)).toBe("too_recent")
    expect(whyNotCancellable(order({ payment_collections: [bankTransfer({ status: "completed", captured_amount: 375000 })] }), CUTOFF)).toBe("payment_captured")
    expect(whyNotCancellable(order({ payment_collections: [bankTransfer({ status: "partially_captured", captured_amount: 100 })] }), CUTOFF)).toBe("payment_captured")
    // Medusa reports "requires_action" over "captured": the captured amount still counts
    expect(whyNotCancellable(order({ payment_collections: [bankTransfer({ captured_amount: 375000 }), bankTransfer({ status: "requires_action" })] }), CUTOFF)).toBe("payment_captured")
    expect(whyNotCancellable(order({ fulfillments: [{ id: "ful_1", canceled_at: null }] }), CUTOFF)).toBe("has_fulfillment")
    expect(whyNotCancellable(order({ fulfillments: [{ id: "ful_1", canceled_at: "2026-06-08T00:00:00Z" }] }), CUTOFF)).toBeNull()
    expect(whyNotCancellable(order({ payment_collections: [bankTransfer({ payments: [{ provider_id: "pp_stripe_stripe" }] })] }), CUTOFF)).toBe("not_bank_transfer")
    expect(whyNotCancellable(order({ payment_collections: [] }), CUTOFF)).toBe("no_payment")
    expect(whyNotCancellable(order({ status: "canceled" }), CUTOFF)).toBe("not_open")
    expect(whyNotCancellable(order({ status: "completed" }), CUTOFF)).toBe("not_open")
  })
})
