import { model } from "@medusajs/framework/utils"
import Seller from "./seller"

import { DOCUMENT_KINDS } from "@canting/domain"

export { DOCUMENT_KINDS }

/** A private paper a seller uploads for review (NIB, NPWP, KTP, ...). The bytes live in the File module. */
const SellerDocument = model.define("seller_document", {
  id: model.id({ prefix: "seldoc" }).primaryKey(),
  kind: model.enum([...DOCUMENT_KINDS]),
  file_id: model.text(),
  filename: model.text(),
  mime_type: model.text(),
  size: model.number(),
  review_state: model.enum(["pending", "accepted", "rejected"]).default("pending"),
  review_note: model.text().nullable(),
  /** The operator (admin user id) who last accepted or rejected the document, and when. */
  reviewed_by: model.text().nullable(),
  reviewed_at: model.dateTime().nullable(),
  seller: model.belongsTo(() => Seller, { mappedBy: "documents" }),
})

export default SellerDocument
