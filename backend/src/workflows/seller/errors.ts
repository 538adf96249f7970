import { RuleError } from "../../lib/errors"

/** Codes of the seller rules that refuse an action in the current state (HTTP 409), each with a translated message. */
export const SELLER_CONFLICT_CODES = [
  "identity_locked", "document_verified", "document_in_change_request",
  "change_request_pending", "change_request_not_needed", "change_request_decided",
] as const
export type SellerConflictCode = (typeof SELLER_CONFLICT_CODES)[number]

/** Where a seller sends a change to its locked identity (docs/api/sellers.md). */
export const CHANGE_REQUEST_URL = "/sellers/me/change-requests"

/**
 * A seller rule refused the action (409): a typed `code` and the fields concerned (e.g. each
 * locked identity field), answered in the caller's language by the API's error handler.
 */
export class SellerConflictError extends RuleError {
  constructor(code: SellerConflictCode, fields: string[] = []) {
    super(409, code, fields.length ? fields.map((field) => ({ field, code })) : [{ field: "seller", code }],
      code === "identity_locked" ? { change_request_url: CHANGE_REQUEST_URL } : {})
  }
}
