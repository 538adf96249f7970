import { MedusaError } from "@medusajs/framework/utils"

/** Codes of the seller rules that refuse an action in the current state (HTTP 409), each with a translated message. */
export const SELLER_CONFLICT_CODES = [
  "identity_locked", "document_verified", "document_in_change_request",
  "change_request_pending", "change_request_not_needed", "change_request_decided",
] as const
export type SellerConflictCode = (typeof SELLER_CONFLICT_CODES)[number]

/**
 * A seller rule refused the action: a typed `code` (matched by routes, never parsed from the
 * message) and the fields concerned (e.g. each locked identity field).
 */
export class SellerConflictError extends MedusaError {
  constructor(code: SellerConflictCode, public readonly fields: string[] = []) {
    super(MedusaError.Types.NOT_ALLOWED, `${code}${fields.length ? `: ${fields.join(", ")}` : ""}`, code)
  }
}
