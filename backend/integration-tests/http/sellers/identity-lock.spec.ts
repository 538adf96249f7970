import { beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { adminToken, bearer, COMPLETE_PROFILE, customerToken, PDF, signUpSeller, uploadDocument } from "../../auth-helpers"
import type { FieldError, SellerDocument, SellerDocumentDecision, SignedUpSeller, WithId } from "../../api-types"

const fail = (e: { response?: unknown }) => e.response
const EN = { "x-medusa-locale": "en-US" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: string
    let a: SignedUpSeller
    let b: SignedUpSeller
    let docs: Record<string, SellerDocument>

    const me = async (token: string) => (await api.get("/sellers/me", bearer(token))).data.seller
    const myDocuments = async (token: string): Promise<SellerDocument[]> => (await api.get("/sellers/me/documents", bearer(token))).data.documents
    const requestChange = (token: string, body: unknown, extra: Record<string, string> = {}) =>
      api.post("/sellers/me/change-requests", body, bearer(token, extra)).catch(fail)
    const decide = (id: string, decision: "accept" | "reject", body: unknown = {}, config = bearer(admin)) =>
      api.post(`/admin/seller-change-requests/${id}/${decision}`, body, config).catch(fail)
    const notifications = async (to: string) =>
      (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to })).map((n) => n.template).sort()

    /** A complete, approved workshop whose NIB paper the operator accepted; its KTP is left unreviewed. */
    async function approvedSeller(email: string, handle: string) {
      const s = await signUpSeller(api, email, handle, "Batik Sekar")
      await api.post("/sellers/me", { ...COMPLETE_PROFILE, email }, bearer(s.token))
      const uploaded: Record<string, SellerDocument> = {}
      for (const kind of ["nib", "npwp", "ktp"]) uploaded[kind] = (await uploadDocument(api, s.token, kind, PDF, `${kind}.pdf`)).data.document
      await api.post("/sellers/me/submit", {}, bearer(s.token))
      await api.post(`/admin/sellers/${s.seller.id}/documents/${uploaded.nib.id}/review`, { state: "accepted" }, bearer(admin))
      await api.post(`/admin/sellers/${s.seller.id}/approve`, {}, bearer(admin))
      return { ...s, docs: uploaded }
    }

    beforeEach(async () => {
      admin = await adminToken(api, getContainer())
      const approved = await approvedSeller("siti@sekar.test", "batik-sekar")
      a = approved
      docs = approved.docs
      b = await signUpSeller(api, "b@bengkel.test", "bengkel-b", "Bengkel B")
    })

    describe("an approved seller's verified identity is locked", () => {
      it("refuses a change to NIB, NPWP, name or handle with 409 naming each field, and keeps the rest editable", async () => {
        const nib = await api.post("/sellers/me", { nib: "9876543210987", story: { id: "Cerita baru." } }, bearer(a.token)).catch(fail)
        expect(nib.status).toBe(409)
        expect(nib.data).toMatchObject({ type: "not_allowed", code: "identity_locked", change_request_url: "/sellers/me/change-requests" })
        expect(nib.data.errors).toEqual([{ field: "nib", code: "identity_locked", message: expect.stringMatching(/permintaan perubahan/i) }])
        // Nothing of the refused request was saved, not even its unlocked part
        expect(await me(a.token)).toMatchObject({ nib: "1234567890123", story: { id: COMPLETE_PROFILE.story.id } })

        const many = await api.post("/sellers/me", { name: "Batik Lain", handle: "batik-lain", npwp: "1234567890123456", owner_name: "Orang Lain", city: "Kota Lain", kbli: ["14111"], declared_amount_idr: 9e9 }, bearer(a.token, EN)).catch(fail)
        expect(many.status).toBe(409)
        expect(many.data.errors.map((e: FieldError) => e.field).sort()).toEqual(["city", "declared_amount_idr", "handle", "kbli", "name", "npwp", "owner_name"])
        expect(many.data.errors[0].message).toMatch(/change request/i)
        expect(many.data.message).toMatch(/npwp/)
        expect(await me(a.token)).toMatchObject({ name: "Batik Sekar", handle: "batik-sekar", umkm_scale: "mikro" })

        // The same values (even typed with separators) are not a change; contact, story and production stay editable
        const ok = await api.post("/sellers/me", {
          nib: "1234567890123", npwp: "33.2601.2345.678.901", kbli: ["13134"], name: "Batik Sekar",
          phone: "+6285700000000", story: { id: "Cerita baru." }, techniques: ["batik_tulis"], workforce_total: 14,
        }, bearer(a.token)).catch(fail)
        expect(ok.status).toBe(200)
        expect(ok.data.seller).toMatchObject({ phone: "+6285700000000", story: { id: "Cerita baru." }, techniques: ["batik_tulis"], workforce_total: 14 })

        // A draft seller still edits its identity freely
        expect((await api.post("/sellers/me", { nib: "9876543210987" }, bearer(b.token))).data.seller.nib).toBe("9876543210987")
      })

      it("refuses to delete an accepted document while approved (409), but not an unreviewed one", async () => {
        const refused = await api.delete(`/sellers/me/documents/${docs.nib.id}`, bearer(a.token, EN)).catch(fail)
        expect(refused.status).toBe(409)
        expect(refused.data).toMatchObject({ type: "not_allowed", code: "document_verified", message: expect.stringMatching(/accepted/i) })
        expect((await myDocuments(a.token)).map((d) => d.id)).toContain(docs.nib.id)

        expect((await api.delete(`/sellers/me/documents/${docs.ktp.id}`, bearer(a.token))).data).toMatchObject({ id: docs.ktp.id, deleted: true })
        expect((await myDocuments(a.token)).map((d) => d.kind).sort()).toEqual(["nib", "npwp"])
      })
    })

    describe("a change request", () => {
      it("goes to the operator with its evidence and takes effect when accepted", async () => {
        const evidence = (await uploadDocument(api, a.token, "nib", PDF, "nib-baru.pdf")).data.document
        const created = await requestChange(a.token, {
          changes: { nib: "9876543210987", name: "Batik Sekar Baru", declared_amount_idr: 3_000_000_000 },
          reason: "NIB baru dari OSS setelah pindah badan usaha.", document_ids: [evidence.id],
        })
        expect(created.status).toBe(201)
        const request = created.data.change_request
        expect(request).toMatchObject({
          status: "pending", changes: { nib: "9876543210987", name: "Batik Sekar Baru", declared_amount_idr: 3_000_000_000 },
          previous: { nib: "1234567890123", name: "Batik Sekar" }, document_ids: [evidence.id], decided_at: null,
        })
        // Nothing changes yet; the evidence cannot be deleted while the request is open
        expect(await me(a.token)).toMatchObject({ nib: "1234567890123", name: "Batik Sekar" })
        expect((await api.delete(`/sellers/me/documents/${evidence.id}`, bearer(a.token)).catch(fail)).status).toBe(409)

        // One open request at a time
        const second = await requestChange(a.token, { changes: { npwp: "1234567890123456" }, reason: "NPWP16" })
        expect(second.status).toBe(409)
        expect(second.data.code).toBe("change_request_pending")

        expect((await api.get("/sellers/me/change-requests", bearer(a.token))).data.change_requests.map((r: WithId) => r.id)).toEqual([request.id])
        // Another seller sees none of it and cannot use another's document as evidence
        expect((await api.get("/sellers/me/change-requests", bearer(b.token))).data.change_requests).toEqual([])

        const queue = await api.get("/admin/seller-change-requests?status=pending", bearer(admin))
        expect(queue.data.change_requests).toEqual([expect.objectContaining({ id: request.id, seller: expect.objectContaining({ handle: "batik-sekar" }) })])
        expect((await api.get(`/admin/sellers/${a.seller.id}/change-requests`, bearer(admin))).data.change_requests.map((r: WithId) => r.id)).toEqual([request.id])

        const accepted = await decide(request.id, "accept", { note: "Sesuai NIB baru." })
        expect(accepted.status).toBe(200)
        expect(accepted.data.change_request).toMatchObject({ status: "accepted", decision_note: "Sesuai NIB baru." })
        expect(accepted.data.change_request.decided_by).toMatch(/^user_/)
        expect(Number.isNaN(Date.parse(accepted.data.change_request.decided_at))).toBe(false)
        expect(await me(a.token)).toMatchObject({ nib: "9876543210987", name: "Batik Sekar Baru", umkm_scale: "kecil", status: "approved" })
        expect(await notifications("siti@sekar.test")).toContain("seller-change-request-accepted")

        // Decided once: a second decision is refused
        expect((await decide(request.id, "reject", { note: "x" })).status).toBe(409)
        expect((await decide(request.id, "accept")).status).toBe(409)
        const detail = (await api.get(`/admin/sellers/${a.seller.id}`, bearer(admin))).data.seller
        expect(detail.change_requests).toEqual([expect.objectContaining({ id: request.id, status: "accepted" })])
        expect((await api.get("/admin/seller-change-requests?status=pending", bearer(admin))).data.change_requests).toEqual([])
      })

      it("validates each new value like a normal edit and allows only locked fields", async () => {
        const other = (await uploadDocument(api, b.token, "nib", PDF, "nib.pdf")).data.document
        const cases: [unknown, string, string][] = [
          [{ changes: { nib: "123" }, reason: "x" }, "changes.nib", "nib_format"],
          [{ changes: { handle: "Bukan Handle" }, reason: "x" }, "changes.handle", "handle_format"],
          [{ changes: { story: { id: "x" } }, reason: "x" }, "changes.story", "not_identity_field"],
          [{ changes: {}, reason: "x" }, "changes", "required"],
          [{ changes: { nib: "9876543210987" } }, "reason", "required"],
          [{ changes: { nib: "9876543210987" }, reason: "x", document_ids: [other.id] }, "document_ids", "not_found"],
          [{ changes: { nib: "1234567890123" }, reason: "x" }, "changes", "no_change"],
          [{ changes: { handle: "bengkel-b" }, reason: "x" }, "changes.handle", "handle_taken"],
        ]
        for (const [body, field, code] of cases) {
          const res = await requestChange(a.token, body)
          expect(res.status, JSON.stringify(body)).toBe(400)
          expect(res.data.errors, JSON.stringify(body)).toContainEqual(expect.objectContaining({ field, code }))
        }
        expect((await api.get("/sellers/me/change-requests", bearer(a.token))).data.change_requests).toEqual([])
        // A seller whose identity is not locked edits it directly
        const draft = await requestChange(b.token, { changes: { nib: "9876543210987" }, reason: "x" })
        expect(draft.status).toBe(409)
        expect(draft.data.code).toBe("change_request_not_needed")
      })

      it("is rejected with a note, checks the handle again on acceptance, and stays the operator's alone", async () => {
        const created = (await requestChange(a.token, { changes: { handle: "batik-sekar-baru" }, reason: "Nama merek baru." })).data.change_request
        // Meanwhile another workshop takes the handle: accepting is refused and changes nothing
        await api.post("/sellers/me", { handle: "batik-sekar-baru" }, bearer(b.token))
        const taken = await decide(created.id, "accept")
        expect(taken.status).toBe(400)
        expect(taken.data.errors).toContainEqual(expect.objectContaining({ field: "handle", code: "handle_taken" }))
        expect((await me(a.token)).handle).toBe("batik-sekar")

        // Only operators decide: sellers, shoppers and anonymous callers get 401; unknown ids 404
        const shopper = await customerToken(api)
        for (const config of [{}, bearer(a.token), bearer(b.token), bearer(shopper)]) {
          expect((await api.get("/admin/seller-change-requests", config as ReturnType<typeof bearer>).catch(fail)).status).toBe(401)
          expect((await api.get(`/admin/sellers/${a.seller.id}/change-requests`, config as ReturnType<typeof bearer>).catch(fail)).status).toBe(401)
          expect((await decide(created.id, "accept", {}, config as ReturnType<typeof bearer>)).status).toBe(401)
          expect((await decide(created.id, "reject", { note: "x" }, config as ReturnType<typeof bearer>)).status).toBe(401)
        }
        expect((await decide("selchg_unknown", "accept")).status).toBe(404)

        const noNote = await decide(created.id, "reject", {}, bearer(admin, EN))
        expect(noNote.status).toBe(400)
        expect(noNote.data.errors).toEqual([{ field: "note", code: "reason_required", message: "Please give a reason." }])
        const rejected = await decide(created.id, "reject", { note: "Lampirkan sertifikat merek." })
        expect(rejected.status).toBe(200)
        expect(rejected.data.change_request).toMatchObject({ status: "rejected", decision_note: "Lampirkan sertifikat merek." })
        const mine = (await api.get("/sellers/me/change-requests", bearer(a.token))).data.change_requests
        expect(mine).toEqual([expect.objectContaining({ id: created.id, status: "rejected", decision_note: "Lampirkan sertifikat merek." })])
        expect(mine[0].decided_by).toBeUndefined() // the seller sees the decision, not who made it
        expect(await notifications("siti@sekar.test")).toContain("seller-change-request-rejected")
        // A decided request no longer blocks a new one
        expect((await requestChange(a.token, { changes: { handle: "batik-sekar-dua" }, reason: "Nama merek baru." })).status).toBe(201)
      })
    })

    describe("document decisions", () => {
      it("keeps every decision on a document as history for the operator", async () => {
        const review = (state: string, note?: string) =>
          api.post(`/admin/sellers/${a.seller.id}/documents/${docs.ktp.id}/review`, note ? { state, note } : { state }, bearer(admin))
        await review("rejected", "KTP buram.")
        await review("accepted")
        const detail = (await api.get(`/admin/sellers/${a.seller.id}`, bearer(admin))).data.seller
        expect(detail.documents.find((d: SellerDocument) => d.id === docs.ktp.id)).toMatchObject({ review_state: "accepted", review_note: null })
        const ktp = detail.document_decisions.filter((d: SellerDocumentDecision) => d.document_id === docs.ktp.id)
        expect(ktp.map((d: SellerDocumentDecision) => [d.kind, d.decision, d.note])).toEqual([["ktp", "rejected", "KTP buram."], ["ktp", "accepted", null]])
        expect(ktp.every((d: SellerDocumentDecision) => /^user_/.test(d.actor_id) && !Number.isNaN(Date.parse(d.created_at)))).toBe(true)
        expect(detail.document_decisions.filter((d: SellerDocumentDecision) => d.document_id === docs.nib.id).map((d: SellerDocumentDecision) => d.decision)).toEqual(["accepted"])
      })
    })
  },
})
