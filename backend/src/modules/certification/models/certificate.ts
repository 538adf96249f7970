import { model } from "@medusajs/framework/utils"
import { BATIKMARK_TYPES, CERT_SCHEMES, CERT_STATUSES, CERT_SUBJECT_TYPES, VERIFICATION_METHODS } from "@canting/domain"
import CertificateEvidence from "./certificate-evidence"
import CertificateEvent from "./certificate-event"

/**
 * A certificate a seller claims for one product or for its workshop: scheme, issuer, number,
 * dates and evidence, reviewed by the operator. What shoppers see of it (verified, seller-declared,
 * expiring soon, expired) is computed at read time by `certificateDisplayState` in @canting/domain.
 * The owning seller and the certified product are module links (src/links/certification-*.ts).
 */
const Certificate = model
  .define("certificate", {
    id: model.id({ prefix: "cert" }).primaryKey(),
    scheme: model.enum([...CERT_SCHEMES]),
    subject_type: model.enum([...CERT_SUBJECT_TYPES]),
    /** The seller id or the product id, by subject_type. */
    subject_id: model.text().index(),
    issuer: model.text().searchable(),
    number: model.text().searchable(),
    standard: model.text().nullable(),
    batikmark_type: model.enum([...BATIKMARK_TYPES]).nullable(),
    issued_at: model.dateTime().nullable(),
    expires_at: model.dateTime().nullable(),
    status: model.enum([...CERT_STATUSES]).default("pending"),
    verification_method: model.enum([...VERIFICATION_METHODS]).nullable(),
    /** The seller's note with the claim. */
    notes: model.text().nullable(),
    /** The operator's note on the last decision. */
    review_note: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    reviewed_by: model.text().nullable(),
    // What the daily expiry job already did (each is done once).
    reminded_60_at: model.dateTime().nullable(),
    reminded_30_at: model.dateTime().nullable(),
    expired_event_at: model.dateTime().nullable(),
    is_demo: model.boolean().default(false),
    evidence: model.hasMany(() => CertificateEvidence, { mappedBy: "certificate" }),
    events: model.hasMany(() => CertificateEvent, { mappedBy: "certificate" }),
  })
  .cascades({ delete: ["evidence", "events"] })

export default Certificate
