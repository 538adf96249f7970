import type { OrderDetailDTO } from "@medusajs/framework/types"
import { getLastPaymentStatus } from "@medusajs/medusa/core-flows"

/** What Medusa's payment status reads of an order; Query may hand back null entries for missing links. */
export type PaymentStatusInput = { currency_code?: string | null; payment_collections?: (object | null)[] | null }

/** Medusa's own payment status of the whole order (`captured`, `authorized`, `not_paid`, ...). */
export function orderPaymentStatus(order: PaymentStatusInput): string {
  const payment_collections = (order.payment_collections ?? []).filter(Boolean)
  // Typed for a whole OrderDetailDTO, the helper reads only `currency_code` and `payment_collections`.
  return getLastPaymentStatus({ currency_code: order.currency_code, payment_collections } as unknown as OrderDetailDTO)
}
