import { model } from "@medusajs/framework/utils"
import Seller from "./seller"

export const DOCUMENT_KINDS = ["nib", "npwp", "ktp", "trademark", "bpjs", "ipal_letter", "other"] as const

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
  seller: model.belongsTo(() => Seller, { mappedBy: "documents" }),
})

export default SellerDocument
