import { createStep } from "@medusajs/framework/workflows-sdk"
import { FieldValidationError } from "../../../lib/errors"
import { tradeTermProblems } from "../trade-terms"

/**
 * Guard of a listing's trade terms on create and edit, given the listing's metadata as it will be
 * stored: wholesale needs the HS code, a minimum order needs wholesale (400 naming the field).
 */
export const ensureTradeTermsStep = createStep(
  "ensure-trade-terms",
  async (input: { metadata?: Record<string, unknown> | null }) => {
    const errors = tradeTermProblems(input.metadata ?? {})
    if (errors.length) throw new FieldValidationError(errors)
  }
)
