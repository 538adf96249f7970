import { describe, expect, it } from "vitest"
import { presentCertificate, presentPublicCertificate } from "./presenters"

const NOW = new Date("2026-06-01T03:00:00Z")
const RAW = {
  id: "cert_1", scheme: "batikmark", subject_type: "product", subject_id: "prod_1", issuer: "DEMO", number: "DEMO-1", standard: null,
  batikmark_type: "cap", issued_at: "2026-01-01T00:00:00Z", expires_at: "2026-07-15T00:00:00Z", status: "verified" as const,
  verification_method: "site_visit", notes: "seller note", review_note: "operator note", reviewed_by: "user_1", reviewed_at: "2026-02-01T00:00:00Z",
  reminded_60_at: null, reminded_30_at: null, expired_event_at: null, is_demo: false,
  evidence: [{ id: "certev_1", filename: "a.pdf", mime_type: "application/pdf", size: 10, file_id: "private-key" }],
  events: [
    { from_status: "pending", to_status: "verified", actor_type: "user", actor_id: "user_1", method: "site_visit", note: null, created_at: "2026-02-01T00:00:00Z" },
    { from_status: null, to_status: "pending", actor_type: "seller", actor_id: "selmem_1", method: null, note: null, created_at: "2026-01-02T00:00:00Z" },
  ],
  seller: { id: "sel_1", name: "Bengkel", handle: "bengkel", email: "private@x.test" },
  product: { id: "prod_1", title: "Kain", metadata: { technique: "batik_cap" } },
}

describe("certificate presenters", () => {
  it("gives shoppers the claim, its state and how it was verified, and nothing private", () => {
    const shown = presentPublicCertificate(RAW, NOW)
    expect(shown).toEqual(expect.objectContaining({
      display_state: "expiring_soon", batikmark_colour: "white", expires_at: "2026-07-15", verification_method: "site_visit", product_id: "prod_1",
    }))
    const json = JSON.stringify(shown)
    for (const secret of ["seller note", "operator note", "user_1", "private-key", "private@x.test", "certev_1"]) expect(json).not.toContain(secret)
  })

  it("says how Canting verified a certificate only when its evidence was checked", () => {
    const noEvidence = presentPublicCertificate({ ...RAW, evidence: [] }, NOW)
    expect(noEvidence).toEqual(expect.objectContaining({ display_state: "expiring_soon", verification_method: null, verified_at: null }))
  })

  it("shows a demo certificate as demo, never as verified by Canting, even when seeded as verified with a method", () => {
    // backend/src/scripts/seed/certifications.ts: status verified, document_inspection, no evidence file
    const demo = presentPublicCertificate({ ...RAW, is_demo: true, verification_method: "document_inspection", evidence: [] }, NOW)
    expect(demo).toEqual(expect.objectContaining({ display_state: "expiring_soon", is_demo: true, verification_method: null, verified_at: null }))
    // A demo certificate with a file attached is still not a real check
    expect(presentPublicCertificate({ ...RAW, is_demo: true }, NOW).verification_method).toBeNull()
  })

  it("says nothing about verification for a pending claim", () => {
    expect(presentPublicCertificate({ ...RAW, status: "pending" }, NOW)).toEqual(expect.objectContaining({
      display_state: "seller_declared", verification_method: null, verified_at: null,
    }))
  })

  it("gives the seller and operator evidence without storage keys, and the history oldest first", () => {
    const full = presentCertificate(RAW, NOW)
    expect(full.evidence).toEqual([{ id: "certev_1", filename: "a.pdf", mime_type: "application/pdf", size: 10 }])
    expect(full.history.map((h) => h.to_status)).toEqual(["pending", "verified"])
    expect(full.seller).toEqual({ id: "sel_1", name: "Bengkel", handle: "bengkel" })
    expect(full.product).toEqual({ id: "prod_1", title: "Kain", technique: "batik_cap" })
  })
})
