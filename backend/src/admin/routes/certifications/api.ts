import type { CertDisplayState, CertScheme, CertStatus, VerificationMethod } from "@canting/domain"
import { sdk } from "../../lib/sdk"

/** A certificate as `GET /admin/certifications(/:id)` returns it (docs/api/certifications.md). */
export interface AdminCertificate {
  id: string
  scheme: CertScheme
  subject_type: "product" | "seller"
  subject_id: string
  issuer: string
  number: string
  standard?: string | null
  batikmark_type?: string | null
  issued_at?: string | null
  expires_at?: string | null
  status: CertStatus
  verification_method?: VerificationMethod | null
  notes?: string | null
  review_note?: string | null
  reviewed_at?: string | null
  is_demo?: boolean
  display_state: CertDisplayState
  created_at: string
  seller?: { id: string; name: string; handle: string } | null
  product?: { id: string; title: string; technique?: string | null } | null
  evidence?: { id: string; filename: string; mime_type: string; size: number }[]
  history?: { from_status: CertStatus | null; to_status: CertStatus; actor_type: string; actor_id: string; method?: string | null; note?: string | null; created_at: string }[]
}

export type CertDecision = "verify" | "reject" | "revoke"

/** The decisions each status allows (pending → verified | rejected, verified → revoked). */
export const DECISIONS_BY_STATUS: Record<CertStatus, CertDecision[]> = {
  pending: ["verify", "reject"],
  verified: ["revoke"],
  rejected: [],
  revoked: [],
}
export const CERT_STATUS_TABS = Object.keys(DECISIONS_BY_STATUS) as CertStatus[]

export const certKeys = {
  all: ["canting-certificates"] as const,
  list: (params: object) => [...certKeys.all, "list", params] as const,
  detail: (id: string) => [...certKeys.all, "detail", id] as const,
  file: (id: string, evidenceId: string) => [...certKeys.all, "file", id, evidenceId] as const,
}

const path = (...parts: string[]) => `/admin/certifications/${parts.map(encodeURIComponent).join("/")}`

export function listCertificates(params: { status?: CertStatus; limit: number; offset: number }) {
  const query: Record<string, string | number> = { limit: params.limit, offset: params.offset }
  if (params.status) query.status = params.status
  return sdk.client.fetch<{ certificates: AdminCertificate[]; count: number }>("/admin/certifications", { query })
}

export function retrieveCertificate(id: string) {
  return sdk.client.fetch<{ certificate: AdminCertificate }>(path(id))
}

/** Runs a decision; `locale` picks the language of the API's error message. */
export function decideCertificate(id: string, decision: CertDecision, body: { method?: string; note?: string }, locale: string) {
  return sdk.client.fetch<{ certificate: AdminCertificate }>(path(id, decision), { method: "POST", body, headers: { "x-medusa-locale": locale } })
}

const INLINE_TYPES = new Set(["application/pdf", "image/jpeg", "image/png", "image/webp"])

/** The evidence bytes, fetched with the session cookie; typed by us so nothing renders as HTML. */
export async function fetchEvidence(id: string, evidence: { id: string; mime_type: string }): Promise<Blob> {
  const res = await sdk.client.fetch<Response>(path(id, "evidence", evidence.id), { headers: { accept: "*/*" } })
  const bytes = await res.blob()
  return new Blob([bytes], { type: INLINE_TYPES.has(evidence.mime_type) ? evidence.mime_type : "application/octet-stream" })
}
