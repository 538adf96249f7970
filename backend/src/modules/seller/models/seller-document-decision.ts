import { model } from "@medusajs/framework/utils"

/**
 * One operator decision on a seller document, kept as history: the document itself only shows the
 * latest review. Kept when the document is later deleted (so `document_id` is not a foreign key).
 */
const SellerDocumentDecision = model.define("seller_document_decision", {
  id: model.id({ prefix: "seldec" }).primaryKey(),
  seller_id: model.text().index(),
  document_id: model.text().index(),
  kind: model.text(),
  decision: model.enum(["accepted", "rejected"]),
  note: model.text().nullable(),
  /** The operator (admin user id). The time is `created_at`. */
  actor_id: model.text(),
})

export default SellerDocumentDecision
