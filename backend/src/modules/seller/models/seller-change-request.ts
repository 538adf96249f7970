import { model } from "@medusajs/framework/utils"
import { CHANGE_REQUEST_STATUSES } from "@canting/domain"

/**
 * A seller's request to change its verified (locked) identity, with the evidence documents it cites.
 * The changes apply only when the operator accepts; the decision (who, when, note) stays on the record.
 */
const SellerChangeRequest = model.define("seller_change_request", {
  id: model.id({ prefix: "selchg" }).primaryKey(),
  seller_id: model.text().index(),
  status: model.enum([...CHANGE_REQUEST_STATUSES]).default("pending"),
  /** The new values, field → value, validated like a normal profile edit. */
  changes: model.json(),
  /** The values of the same fields when the request was made, for the operator's comparison. */
  previous: model.json(),
  reason: model.text(),
  document_ids: model.array().default([]),
  /** The seller member who asked. */
  requested_by: model.text(),
  decided_by: model.text().nullable(),
  decided_at: model.dateTime().nullable(),
  decision_note: model.text().nullable(),
})

export default SellerChangeRequest
