import type { FieldError } from "../../lib/errors"

/** The highest minimum order a listing may ask: bulk beyond it is a request for quotation. */
export const MAX_MIN_ORDER_QUANTITY = 10_000

/** A listing's trade terms as the storefront and the cart read them. */
export type TradeTerms = { wholesale: boolean; moq: number }

/** Reads `product.metadata.wholesale` and `min_order_quantity`: a minimum binds only a wholesale listing. */
export function tradeTerms(metadata: Record<string, unknown> | null | undefined): TradeTerms {
  const wholesale = metadata?.wholesale === true
  const moq = Number(metadata?.min_order_quantity)
  return { wholesale, moq: wholesale && Number.isInteger(moq) && moq > 1 ? moq : 1 }
}

/**
 * What the listing's facts, after a create or an edit, break about trade terms: wholesale needs
 * the HS code (customs paperwork names it), and a minimum order only exists for wholesale.
 */
export function tradeTermProblems(metadata: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = []
  const hasMinimum = metadata.min_order_quantity !== undefined && metadata.min_order_quantity !== null
  if (metadata.wholesale === true && !(typeof metadata.hs_code === "string" && metadata.hs_code)) errors.push({ field: "hs_code", code: "hs_code_required_wholesale" })
  if (metadata.wholesale !== true && hasMinimum) errors.push({ field: "min_order_quantity", code: "moq_needs_wholesale" })
  return errors
}
