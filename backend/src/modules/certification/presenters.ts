import { BATIKMARK_COLOUR, certificateDisplayState, checkedVerificationMethod, type BatikmarkType, type CertificateLike, type CertStatus } from "@canting/domain"

/** Query fields of a certificate with its evidence, history and the linked seller and product. */
export const CERTIFICATE_FIELDS = [
  "*", "evidence.id", "evidence.filename", "evidence.mime_type", "evidence.size", "evidence.created_at",
  "events.id", "events.from_status", "events.to_status", "events.actor_type", "events.actor_id", "events.method", "events.note", "events.created_at",
  "seller.id", "seller.name", "seller.handle", "product.id", "product.title", "product.metadata",
]

type When = Date | string
type EvidenceRow = { id: string; filename: string; mime_type: string; size: number; file_id?: string | null; created_at?: When }
type EventRow = {
  from_status: string | null; to_status: string; actor_type: string; actor_id: string | null; method: string | null; note: string | null; created_at: When
}

/** A certificate as Query reads it with CERTIFICATE_FIELDS (or the service returns it); the rest of its columns pass through. */
export type CertificateRow<Evidence extends EvidenceRow = EvidenceRow> = CertificateLike & {
  id: string
  status: CertStatus
  scheme: string
  subject_type: string
  subject_id: string
  issuer?: string
  number?: string
  standard?: string | null
  batikmark_type?: string | null
  issued_at?: When | null
  verification_method?: string | null
  reviewed_at?: When | null
  is_demo?: boolean | null
  evidence?: Evidence[] | null
  events?: EventRow[] | null
  seller?: { id: string; name: string; handle: string } | null
  product?: { id: string; title: string; metadata?: Record<string, unknown> | null } | null
  [column: string]: unknown
}

/** A certificate read with `evidence.file_id` too, to stream or delete its files. */
export type CertificateWithFiles = CertificateRow<EvidenceRow & { file_id: string }>

const day = (d: unknown) => (d ? new Date(d as string).toISOString().slice(0, 10) : null)

/** A certificate for its seller and the operator: every field, display state, evidence list and history (oldest first). */
export function presentCertificate(c: CertificateRow, now: Date) {
  const { events, evidence, seller, product, reminded_60_at, reminded_30_at, expired_event_at, deleted_at, ...rest } = c
  return {
    ...rest,
    issued_at: day(c.issued_at),
    expires_at: day(c.expires_at),
    product_id: c.subject_type === "product" ? c.subject_id : null,
    display_state: certificateDisplayState(c, now),
    seller: seller ? { id: seller.id, name: seller.name, handle: seller.handle } : null,
    product: product ? { id: product.id, title: product.title, technique: product.metadata?.technique ?? null } : null,
    evidence: (evidence ?? []).map((e) => ({ id: e.id, filename: e.filename, mime_type: e.mime_type, size: e.size })),
    history: [...(events ?? [])].sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at)).map((e) => ({
      from_status: e.from_status, to_status: e.to_status, actor_type: e.actor_type, actor_id: e.actor_id,
      method: e.method, note: e.note, created_at: e.created_at,
    })),
  }
}

/**
 * What a shopper may see: the claim, its display state, whether it is a demo, and how and when
 * Canting checked it, which is said only when real evidence was checked (`checkedVerificationMethod`):
 * never for a demo certificate. Needs `evidence.id` in the query; no evidence, notes or reviewers go out.
 */
export function presentPublicCertificate(c: CertificateRow, now: Date) {
  const state = certificateDisplayState(c, now)
  const method = checkedVerificationMethod({ ...c, evidence_count: (c.evidence ?? []).filter(Boolean).length }, now)
  return {
    id: c.id, scheme: c.scheme, subject_type: c.subject_type, product_id: c.subject_type === "product" ? c.subject_id : null,
    issuer: c.issuer, number: c.number, standard: c.standard,
    batikmark_type: c.batikmark_type, batikmark_colour: c.batikmark_type ? BATIKMARK_COLOUR[c.batikmark_type as BatikmarkType] : null,
    issued_at: day(c.issued_at), expires_at: day(c.expires_at),
    display_state: state,
    verification_method: method,
    verified_at: method ? c.reviewed_at : null,
    is_demo: c.is_demo === true,
  }
}
