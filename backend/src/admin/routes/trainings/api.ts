import { sdk } from "../../lib/sdk"

export type Program = {
  id: string; kind: string; name: string; organiser: string; city: string | null; starts_at: string | null; ends_at: string | null
  awards: { pending: number; verified: number; rejected: number }
}
export type Award = {
  id: string; level: string; certificate_number: string | null; verification: string; note: string | null; has_evidence: boolean; created_at: string
  program: { id: string; kind: string; name: string; organiser: string } | null
  seller: { id: string; handle?: string; name?: string }
}
export type ReportRow = { row: number; seller: string; status: "awarded" | "skipped" | "error"; reason: string | null; message: string | null; award_id?: string }

export const trainingKeys = { all: ["trainings"] as const, programs: ["trainings", "programs"] as const, claims: ["trainings", "claims"] as const }

export const listPrograms = () => sdk.client.fetch<{ programs: Program[] }>("/admin/training-programs", { query: { limit: 100 } })
export const listClaims = () => sdk.client.fetch<{ awards: Award[] }>("/admin/training-awards", { query: { verification: "pending", limit: 100 } })

export const createProgram = (body: Record<string, string>, locale: string) =>
  sdk.client.fetch<{ program: Program }>("/admin/training-programs", { method: "POST", body, headers: { "x-medusa-locale": locale } })

export const decideAward = (id: string, action: "verify" | "reject", note: string | undefined, locale: string) =>
  sdk.client.fetch<{ award: Award }>(`/admin/training-awards/${id}/${action}`, { method: "POST", body: note ? { note } : {}, headers: { "x-medusa-locale": locale } })

export const bulkAward = (programId: string, csv: string, locale: string) =>
  sdk.client.fetch<{ report: ReportRow[]; summary: { awarded: number; skipped: number; error: number } }>(
    `/admin/training-programs/${programId}/awards`, { method: "POST", body: { csv }, headers: { "x-medusa-locale": locale } }
  )

/** Opens a claim's evidence in a new tab; the blob gets the checked type, fetched with the session cookie. */
export async function openEvidence(id: string) {
  const res = await sdk.client.fetch<Response>(`/admin/training-awards/${id}/evidence`, { headers: { accept: "*/*" } })
  const type = res.headers.get("content-type") ?? ""
  const safe = ["application/pdf", "image/jpeg", "image/png", "image/webp"].find((t) => type.startsWith(t)) ?? "application/octet-stream"
  const url = URL.createObjectURL(new Blob([await res.blob()], { type: safe }))
  window.open(url, "_blank", "noopener")
}
