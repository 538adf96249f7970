import { model } from "@medusajs/framework/utils"
import Certificate from "./certificate"

/** One private evidence file of a certificate (scan or PDF). The bytes live in the File module, private. */
const CertificateEvidence = model.define("certificate_evidence", {
  id: model.id({ prefix: "certev" }).primaryKey(),
  file_id: model.text(),
  filename: model.text(),
  mime_type: model.text(),
  size: model.number(),
  certificate: model.belongsTo(() => Certificate, { mappedBy: "evidence" }),
})

export default CertificateEvidence
