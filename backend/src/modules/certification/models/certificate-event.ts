import { model } from "@medusajs/framework/utils"
import { CERT_STATUSES, VERIFICATION_METHODS } from "@canting/domain"
import Certificate from "./certificate"

/** One step of a certificate's history: who, when, from which status to which, how it was checked and why. */
const CertificateEvent = model.define("certificate_event", {
  id: model.id({ prefix: "certevt" }).primaryKey(),
  from_status: model.enum([...CERT_STATUSES]).nullable(),
  to_status: model.enum([...CERT_STATUSES]),
  actor_type: model.text(),
  actor_id: model.text(),
  method: model.enum([...VERIFICATION_METHODS]).nullable(),
  note: model.text().nullable(),
  certificate: model.belongsTo(() => Certificate, { mappedBy: "events" }),
})

export default CertificateEvent
