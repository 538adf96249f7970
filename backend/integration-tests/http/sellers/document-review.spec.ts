import { beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { TRAINING_MODULE } from "../../../src/modules/training"
import type TrainingModuleService from "../../../src/modules/training/service"
import { adminToken, bearer, customerToken, PDF, signUpSeller, uploadDocument } from "../../auth-helpers"
import type { NotificationRow, ReadinessAssessment, ReadinessItem, SellerDocument, SignedUpSeller } from "../../api-types"

const fail = (e: { response?: unknown }) => e.response
const item = (readiness: { items: ReadinessItem[] }, id: string) => readiness.items.find((i) => i.id === id)!
type Reviewed = NotificationRow<{ kind: string; review_state: string; review_note?: string }>

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: string
    let a: SignedUpSeller
    let b: SignedUpSeller
    let nib: SellerDocument
    const review = (sellerId: string, docId: string, body: unknown, config = bearer(admin)) =>
      api.post(`/admin/sellers/${sellerId}/documents/${docId}/review`, body, config).catch(fail)
    const ownDocument = async (token: string, id: string) =>
      (await api.get("/sellers/me/documents", bearer(token))).data.documents.find((d: SellerDocument) => d.id === id)

    beforeEach(async () => {
      admin = await adminToken(api, getContainer())
      a = await signUpSeller(api, "a@review.test", "bengkel-a", "Bengkel A")
      b = await signUpSeller(api, "b@review.test", "bengkel-b", "Bengkel B")
      await api.post("/sellers/me", { nib: "1234567890123", kbli: ["13134"], email: "siti@bengkel-a.test" }, bearer(a.token))
      nib = (await uploadDocument(api, a.token, "nib", PDF, "nib.pdf")).data.document
    })

    describe("the operator reviews a seller's document", () => {
      it("accepts a document: the seller sees it accepted, is notified, and NIB (A1) becomes verified readiness", async () => {
        const before = (await api.get("/sellers/me/readiness", bearer(a.token))).data.readiness
        expect(item(before, "A1")).toMatchObject({ verified: false, next: { key: "next.upload_document" } })

        const res = await review(a.seller.id, nib.id, { state: "accepted" })
        expect(res.status).toBe(200)
        expect(res.data.document).toMatchObject({ id: nib.id, kind: "nib", review_state: "accepted", review_note: null })
        expect(res.data.document.reviewed_by).toMatch(/^user_/)
        expect(Number.isNaN(Date.parse(res.data.document.reviewed_at))).toBe(false)

        expect(await ownDocument(a.token, nib.id)).toMatchObject({ review_state: "accepted", review_note: null })

        // The update event alone refreshes the stored score (before the seller asks for it again).
        const training = getContainer().resolve<TrainingModuleService>(TRAINING_MODULE)
        let stored!: { assessment: Record<string, unknown> }
        for (let i = 0; i < 50; i++) {
          ;[stored] = await training.listSellerReadinesses({ seller_id: a.seller.id })
          if (stored && item(stored.assessment as ReadinessAssessment, "A1")?.verified) break
          await new Promise((r) => setTimeout(r, 100))
        }
        expect(item(stored.assessment as ReadinessAssessment, "A1")).toMatchObject({ verified: true, points: 6 })

        const after = (await api.get("/sellers/me/readiness", bearer(a.token))).data.readiness
        expect(item(after, "A1")).toMatchObject({ verified: true, points: 6 })
        expect(after.score).toBeGreaterThan(before.score)

        const sent = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "siti@bengkel-a.test" })
        expect((sent as unknown as Reviewed[]).map((n) => [n.template, n.channel, n.data.kind, n.data.review_state])).toEqual([["seller-document-reviewed", "email", "nib", "accepted"]])

        // The operator's seller view shows the decision too
        const detail = (await api.get(`/admin/sellers/${a.seller.id}`, bearer(admin))).data.seller
        expect(detail.documents.find((d: SellerDocument) => d.id === nib.id)).toMatchObject({ review_state: "accepted", reviewed_by: res.data.document.reviewed_by })
      })

      it("refuses a rejection without a note with 400 naming note, in the caller's language, and changes nothing", async () => {
        const id = await review(a.seller.id, nib.id, { state: "rejected" })
        expect(id.status).toBe(400)
        expect(id.data.errors).toEqual([{ field: "note", code: "reason_required", message: "Tuliskan alasannya." }])
        const en = await review(a.seller.id, nib.id, { state: "rejected", note: "   " }, bearer(admin, { "x-medusa-locale": "en-US" }))
        expect(en.status).toBe(400)
        expect(en.data.errors).toEqual([{ field: "note", code: "reason_required", message: "Please give a reason." }])
        expect(await ownDocument(a.token, nib.id)).toMatchObject({ review_state: "pending", review_note: null })
      })

      it("refuses bad bodies with 400 naming each field", async () => {
        const bad = [
          [{}, "state", "required"],
          [{ state: "approved" }, "state", "unknown_code"],
          [{ state: "rejected", note: "<b>buram</b>" }, "note", "no_html"],
          [{ state: "rejected", note: "x".repeat(501) }, "note", "too_long"],
          [{ state: "accepted", extra: 1 }, "extra", "invalid"],
        ] as const
        for (const [body, field, code] of bad) {
          const res = await review(a.seller.id, nib.id, body)
          expect(res.status, JSON.stringify(body)).toBe(400)
          expect(res.data.errors, JSON.stringify(body)).toContainEqual(expect.objectContaining({ field, code }))
        }
        expect(await ownDocument(a.token, nib.id)).toMatchObject({ review_state: "pending" })
      })

      it("rejects with a note: the seller sees the note, and a later acceptance clears it", async () => {
        const note = "Foto NIB buram, unggah ulang hasil pindaian yang jelas."
        const res = await review(a.seller.id, nib.id, { state: "rejected", note: `  ${note} ` })
        expect(res.status).toBe(200)
        expect(res.data.document).toMatchObject({ review_state: "rejected", review_note: note })
        expect(await ownDocument(a.token, nib.id)).toMatchObject({ review_state: "rejected", review_note: note })
        const readiness = (await api.get("/sellers/me/readiness", bearer(a.token))).data.readiness
        expect(item(readiness, "A1")).toMatchObject({ verified: false })

        await review(a.seller.id, nib.id, { state: "accepted" })
        expect(await ownDocument(a.token, nib.id)).toMatchObject({ review_state: "accepted", review_note: null })
        const sent = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "siti@bengkel-a.test" })
        expect((sent as unknown as Reviewed[]).map((n) => n.data.review_state).sort()).toEqual(["accepted", "rejected"])
        expect((sent as unknown as Reviewed[]).find((n) => n.data.review_state === "rejected")?.data?.review_note).toBe(note)
      })

      it("answers 404 for another seller's document or an unknown seller, and touches neither", async () => {
        const other = (await uploadDocument(api, b.token, "npwp", PDF, "npwp.pdf")).data.document
        expect((await review(a.seller.id, other.id, { state: "accepted" })).status).toBe(404)
        expect((await review("sel_unknown", nib.id, { state: "accepted" })).status).toBe(404)
        expect((await review(a.seller.id, "seldoc_unknown", { state: "accepted" })).status).toBe(404)
        expect(await ownDocument(b.token, other.id)).toMatchObject({ review_state: "pending" })
        expect(await ownDocument(a.token, nib.id)).toMatchObject({ review_state: "pending" })
      })

      it("refuses seller, shopper and anonymous callers with 401, and the document stays pending", async () => {
        const shopper = await customerToken(api)
        for (const config of [{}, bearer(a.token), bearer(b.token), bearer(shopper)]) {
          expect((await review(a.seller.id, nib.id, { state: "accepted" }, config as ReturnType<typeof bearer>)).status).toBe(401)
        }
        expect(await ownDocument(a.token, nib.id)).toMatchObject({ review_state: "pending", review_note: null })
      })
    })
  },
})
