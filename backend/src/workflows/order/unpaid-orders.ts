import { orderPaymentStatus } from "./payment-status"
import { BANK_TRANSFER_PROVIDER } from "./steps/notify-order-placed"

/**
 * When an unpaid bank-transfer order gives its pieces back. A bank transfer is authorized at
 * checkout (Medusa's manual provider) and captured by the operator when the money arrives; until
 * then the order holds its stock. After `CANTING_UNPAID_ORDER_DAYS` days (default 3, read by
 * src/env.ts) the daily job `cancel-unpaid-orders` cancels it.
 */
export { DEFAULT_UNPAID_ORDER_DAYS, unpaidOrderDays } from "../../env"

/** Payment states in which no money has come in yet. */
export const UNPAID_PAYMENT_STATUSES = ["not_paid", "awaiting", "authorized", "partially_authorized", "requires_action"] as const

/** Order statuses that can still be cancelled. */
const OPEN_STATUSES = new Set(["pending", "requires_action"])

/** Orders placed at or before this moment are old enough to be cancelled. */
export const unpaidCutoff = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000)

type Amount = number | string | { toJSON?: () => unknown } | null | undefined

export type UnpaidOrderRow = {
  id: string
  status: string
  created_at: string | Date
  currency_code?: string
  payment_collections?: ({
    status: string; amount?: Amount; captured_amount?: Amount; refunded_amount?: Amount
    payments?: ({ provider_id?: string | null } | null)[] | null
    payment_sessions?: ({ provider_id?: string | null } | null)[] | null
  } | null)[] | null
  fulfillments?: ({ id: string; canceled_at?: string | Date | null } | null)[] | null
}

/** What the rule reads of an order. */
export const UNPAID_ORDER_FIELDS = [
  "id", "status", "created_at", "currency_code",
  "payment_collections.status", "payment_collections.amount", "payment_collections.captured_amount", "payment_collections.refunded_amount",
  "payment_collections.payments.provider_id", "payment_collections.payment_sessions.provider_id",
  "fulfillments.id", "fulfillments.canceled_at",
]

export type NotCancellable = "not_open" | "too_recent" | "no_payment" | "not_bank_transfer" | "payment_captured" | "has_fulfillment"

const positive = (a: Amount) => {
  if (a === null || a === undefined) return false
  const v = typeof a === "object" ? (typeof a.toJSON === "function" ? a.toJSON() : a) : a
  return Number(v) > 0
}

/**
 * Why the job must leave this order alone, or null when it may cancel it: the order is still
 * open, was placed at or before `cutoff`, was paid by bank transfer only, no money was captured
 * on any of its payments, and nothing of it was fulfilled (let alone shipped).
 */
export function whyNotCancellable(order: UnpaidOrderRow, cutoff: Date): NotCancellable | null {
  if (!OPEN_STATUSES.has(order.status)) return "not_open"
  if (new Date(order.created_at).getTime() > cutoff.getTime()) return "too_recent"
  const collections = (order.payment_collections ?? []).filter((c): c is NonNullable<typeof c> => Boolean(c))
  if (!collections.length) return "no_payment"
  // Medusa's own status puts "requires_action" before "captured": look at the amounts too.
  if (collections.some((c) => positive(c.captured_amount) || positive(c.refunded_amount))) return "payment_captured"
  // A cancelled payment of an open order is a cancellation that failed half-way (Medusa does not
  // restore the payment when a later step fails): no money came in, the order is still unpaid.
  const status = orderPaymentStatus({ currency_code: order.currency_code, payment_collections: collections })
  if (status !== "canceled" && !(UNPAID_PAYMENT_STATUSES as readonly string[]).includes(status)) return "payment_captured"
  const providers = collections.flatMap((c) => {
    const paid = (c.payments ?? []).map((p) => p?.provider_id).filter(Boolean)
    return paid.length ? paid : (c.payment_sessions ?? []).map((s) => s?.provider_id).filter(Boolean)
  })
  if (!providers.length || providers.some((p) => p !== BANK_TRANSFER_PROVIDER)) return "not_bank_transfer"
  if ((order.fulfillments ?? []).some((f) => f && !f.canceled_at)) return "has_fulfillment"
  return null
}
