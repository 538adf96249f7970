import type { SellerStatus } from "@canting/domain"
import { sdk } from "./sdk"

export type { SellerStatus }

/** A seller row of `GET /admin/sellers` (docs/api/sellers.md). */
export interface SellerSummary {
  id: string
  name: string
  handle: string
  status: SellerStatus
  sentra?: string | null
  city?: string | null
  created_at: string
  updated_at: string
}

export interface CapacityRow {
  technique: string
  units_per_month: number
  lead_time_days: number
}

export interface SellerMember {
  id: string
  email: string
  name?: string | null
  role: "owner" | "staff"
}

export interface SellerDocument {
  id: string
  kind: string
  filename: string
  mime_type: string
  size: number
  review_state: "pending" | "accepted" | "rejected"
  review_note?: string | null
  reviewed_by?: string | null
  reviewed_at?: string | null
  created_at: string
}

export interface SellerStatusEvent {
  id?: string
  from_status: SellerStatus
  to_status: SellerStatus
  actor_type: string
  actor_id: string
  reason: string | null
  created_at: string
}

/** One operator decision on a document, kept as history (the document shows only the latest). */
export interface SellerDocumentDecision {
  id: string
  document_id: string
  kind: string
  decision: "accepted" | "rejected"
  note: string | null
  actor_id: string
  created_at: string
}

export type ChangeRequestStatus = "pending" | "accepted" | "rejected"

/** A seller's request to change its locked identity (docs/api/sellers.md, *Identity change requests*). */
export interface SellerChangeRequest {
  id: string
  seller_id: string
  status: ChangeRequestStatus
  changes: Record<string, unknown>
  previous: Record<string, unknown>
  reason: string
  document_ids: string[]
  requested_by: string
  decided_by: string | null
  decided_at: string | null
  decision_note: string | null
  created_at: string
}

/** `GET /admin/sellers/:id`: the whole profile with members, documents and history. */
export interface SellerDetail extends SellerSummary {
  owner_name?: string | null
  email?: string | null
  phone?: string | null
  street?: string | null
  kelurahan?: string | null
  kecamatan?: string | null
  province?: string | null
  postcode?: string | null
  nib?: string | null
  npwp?: string | null
  kbli?: string[] | null
  scale_basis?: string | null
  declared_amount_idr?: number | string | null
  umkm_scale?: string | null
  founded_year?: number | null
  techniques?: string[] | null
  capacity?: CapacityRow[] | null
  wastewater_method?: string | null
  ipal_name?: string | null
  workforce_total?: number | null
  workforce_bpjs?: number | null
  artisans_over_50?: number | null
  apprentices_under_25?: number | null
  /** The contract says `{ id, en }`; a bare string (the Indonesian base text) is tolerated. */
  story?: { id?: string | null; en?: string | null } | string | null
  members?: SellerMember[]
  documents?: SellerDocument[]
  history?: SellerStatusEvent[]
  document_decisions?: SellerDocumentDecision[]
  change_requests?: SellerChangeRequest[]
}

export interface ListSellersParams {
  status?: SellerStatus
  q?: string
  limit: number
  offset: number
}

export interface ListSellersResponse {
  sellers: SellerSummary[]
  count: number
  offset: number
  limit: number
}

export type ReviewAction = "approve" | "reject" | "request-changes" | "suspend" | "reinstate"

/**
 * The operator's transitions per status (docs/api/sellers.md). The record is typed by
 * SellerStatus, so a new status in @canting/domain fails the type check until it is placed here.
 */
export const ACTIONS_BY_STATUS: Record<SellerStatus, ReviewAction[]> = {
  draft: [],
  submitted: ["approve", "request-changes", "reject"],
  changes_requested: [],
  approved: ["suspend"],
  rejected: [],
  suspended: ["reinstate"],
}
export const SELLER_STATUSES = Object.keys(ACTIONS_BY_STATUS) as SellerStatus[]
export const REASON_REQUIRED: ReadonlySet<ReviewAction> = new Set(["reject", "request-changes", "suspend"])

export const STATUS_COLOR: Record<SellerStatus, "grey" | "blue" | "orange" | "green" | "red" | "purple"> = {
  draft: "grey",
  submitted: "blue",
  changes_requested: "orange",
  approved: "green",
  rejected: "red",
  suspended: "purple",
}

/** React Query keys; everything under `all` is invalidated after a transition. */
export const sellerKeys = {
  all: ["canting-sellers"] as const,
  list: (params: ListSellersParams) => [...sellerKeys.all, "list", params] as const,
  detail: (id: string) => [...sellerKeys.all, "detail", id] as const,
  file: (sellerId: string, documentId: string) => [...sellerKeys.all, "file", sellerId, documentId] as const,
  ofProduct: (productId: string) => [...sellerKeys.all, "product", productId] as const,
  users: (ids: string[]) => ["canting-users", ...ids] as const,
}

const path = (...parts: string[]) => `/admin/sellers/${parts.map(encodeURIComponent).join("/")}`

export function listSellers(params: ListSellersParams) {
  const query: Record<string, string | number> = { limit: params.limit, offset: params.offset }
  if (params.status) query.status = params.status
  if (params.q) query.q = params.q
  return sdk.client.fetch<ListSellersResponse>("/admin/sellers", { query })
}

export function retrieveSeller(id: string) {
  return sdk.client.fetch<{ seller: SellerDetail }>(path(id))
}

/** Runs an operator transition; `locale` picks the language of the API's error message. */
export function transitionSeller(id: string, action: ReviewAction, reason: string | undefined, locale: string) {
  return sdk.client.fetch<{ seller: SellerSummary }>(path(id, action), {
    method: "POST",
    body: REASON_REQUIRED.has(action) ? { reason } : {},
    headers: { "x-medusa-locale": locale },
  })
}

export type DocumentReviewState = "accepted" | "rejected"

/** The operator accepts or rejects one document (a rejection needs a note); `locale` picks the error language. */
export function reviewSellerDocument(sellerId: string, documentId: string, state: DocumentReviewState, note: string | undefined, locale: string) {
  return sdk.client.fetch<{ document: SellerDocument }>(path(sellerId, "documents", documentId, "review"), {
    method: "POST",
    body: note ? { state, note } : { state },
    headers: { "x-medusa-locale": locale },
  })
}

/** The operator accepts (optional note) or rejects (note required) a pending change request. */
export function decideChangeRequest(id: string, decision: "accept" | "reject", note: string | undefined, locale: string) {
  return sdk.client.fetch<{ change_request: SellerChangeRequest }>(`/admin/seller-change-requests/${encodeURIComponent(id)}/${decision}`, {
    method: "POST",
    body: note ? { note } : {},
    headers: { "x-medusa-locale": locale },
  })
}

// Only these types are shown inline. The blob gets our type, never the server's, so a
// mislabelled file can't be rendered as HTML inside the admin's origin.
const INLINE_TYPES = new Set(["application/pdf", "image/jpeg", "image/png", "image/webp"])

export function inlineType(doc: SellerDocument): string | undefined {
  return INLINE_TYPES.has(doc.mime_type) ? doc.mime_type : undefined
}

/** The document's bytes, fetched with the session cookie. */
export async function fetchDocumentFile(sellerId: string, doc: SellerDocument): Promise<Blob> {
  const res = await sdk.client.fetch<Response>(path(sellerId, "documents", doc.id, "file"), {
    headers: { accept: "*/*" },
  })
  const bytes = await res.blob()
  return new Blob([bytes], { type: inlineType(doc) ?? "application/octet-stream" })
}

export interface AdminUserName {
  id: string
  email: string
  first_name?: string | null
  last_name?: string | null
}

/** Names of the operators in a seller's history (core `GET /admin/users`). */
export function listUsersByIds(ids: string[]) {
  return sdk.client.fetch<{ users: AdminUserName[] }>("/admin/users", {
    query: { id: ids, fields: "id,email,first_name,last_name", limit: ids.length },
  })
}
