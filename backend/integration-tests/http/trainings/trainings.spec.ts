import { beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import { adminToken, bearer, customerToken, PDF, signUpSeller } from "../../auth-helpers"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import type { Api, ApiResponse, FieldError, ReadinessBody, ReadinessItem, ReportRow, SignedUpSeller, TrainingAward, WithId } from "../../api-types"

const fail = (e: { response?: unknown }) => e.response
type Fields = Record<string, string | undefined>
/** What a training claim answers: the pending award, or a 4xx with field errors. */
type TrainingClaim = ApiResponse<{ award: TrainingAward & { program: { starts_at: string } }; errors: FieldError[]; code?: string }>

/** POST /sellers/me/trainings as multipart: text fields plus one evidence file. */
async function claim(api: Api, token: string, fields: Fields, file: { bytes: Buffer; name: string } | null = { bytes: PDF, name: "sertifikat.pdf" }, headers: Record<string, string> = {}) {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) form.append(k, v)
  if (file) form.append("file", new Blob([new Uint8Array(file.bytes)]), file.name)
  return api.post<TrainingClaim["data"]>("/sellers/me/trainings", form, bearer(token, headers)).catch(fail as (e: unknown) => TrainingClaim)
}

const ECP: Fields = {
  program_kind: "ppei_export_coaching_program", program_name: "Export Coaching Program (uji)", organiser: "PPEI Kemendag (uji)",
  year: "2024", city: "Semarang", level: "graduate", certificate_number: "DEMO-ECP-001",
}
const e1 = (readiness: { items: ReadinessItem[] }) => readiness.items.find((i) => i.id === "E1")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: string
    let key: string
    let a: SignedUpSeller
    let b: SignedUpSeller
    const store = () => ({ headers: { "x-publishable-api-key": key } })
    const readiness = async (token: string): Promise<ReadinessBody> => (await api.get("/sellers/me/readiness", bearer(token))).data

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminToken(api, container)
      const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({})
      const { result: [k] } = await createApiKeysWorkflow(container).run({ input: { api_keys: [{ title: "t", type: "publishable", created_by: "" }] } })
      await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: k.id, add: [channel.id] } })
      key = k.token
      a = await signUpSeller(api, "a@train.test", "bengkel-a", "Bengkel A")
      b = await signUpSeller(api, "b@train.test", "bengkel-b", "Bengkel B")
      // Approval is set directly: the seller lifecycle has its own tests.
      await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellers([
        { id: a.seller.id, status: "approved", nib: "1234567890123" },
        { id: b.seller.id, status: "approved" },
      ])
    })

    describe("seller claims", () => {
      it("a claim starts pending at half points; the operator's verification raises E1 to full and the score", async () => {
        const before = await readiness(a.token)
        expect(e1(before.readiness)).toMatchObject({ points: 0, state: "none" })

        const res = await claim(api, a.token, ECP)
        expect(res.status).toBe(201)
        expect(res.data.award).toMatchObject({
          level: "graduate", verification: "pending", certificate_number: "DEMO-ECP-001", has_evidence: true, note: null,
          program: { kind: "ppei_export_coaching_program", name: "Export Coaching Program (uji)", organiser: "PPEI Kemendag (uji)", city: "Semarang" },
        })
        expect(new Date(res.data.award.program.starts_at).getUTCFullYear()).toBe(2024)
        const pending = await readiness(a.token)
        expect(e1(pending.readiness)).toMatchObject({ points: 2.5, state: "partial", verified: false, next: { key: "next.await_review" } })

        const list = (await api.get("/sellers/me/trainings", bearer(a.token))).data.awards
        expect(list.map((x: WithId) => x.id)).toEqual([res.data.award.id])

        // The operator's queue shows the claim with the seller and its history.
        const queue = (await api.get("/admin/training-awards?verification=pending", bearer(admin))).data
        expect(queue.awards).toHaveLength(1)
        expect(queue.awards[0]).toMatchObject({ id: res.data.award.id, seller: { handle: "bengkel-a" }, history: [{ from_state: null, to_state: "pending", actor_type: "seller" }] })
        const evidence = await api.get(`/admin/training-awards/${res.data.award.id}/evidence`, bearer(admin))
        expect(evidence.headers["content-type"]).toContain("application/pdf")

        const verified = await api.post(`/admin/training-awards/${res.data.award.id}/verify`, {}, bearer(admin))
        expect(verified.data.award.verification).toBe("verified")
        const after = await readiness(a.token)
        expect(e1(after.readiness)).toMatchObject({ points: 5, state: "full", verified: true })
        expect(after.readiness.score).toBeGreaterThan(pending.readiness.score)
        expect(pending.readiness.score).toBeGreaterThan(before.readiness.score)
        expect(after.history.map((h) => h.score)).toEqual([before.readiness.score, pending.readiness.score, after.readiness.score])
        expect((await api.get("/admin/training-awards?verification=pending", bearer(admin))).data.awards).toHaveLength(0)
        // A verified award cannot be verified twice.
        const again = await api.post(`/admin/training-awards/${res.data.award.id}/verify`, {}, bearer(admin)).catch(fail)
        expect(again.status).toBe(409)
        expect(again.data.code).toBe("award_transition_not_allowed")
      })

      it("a rejection needs a note, drops the half points and is shown to the seller with the note", async () => {
        const { data: { award } } = await claim(api, a.token, ECP)
        const noNote = await api.post(`/admin/training-awards/${award.id}/reject`, {}, bearer(admin, { "x-medusa-locale": "en-US" })).catch(fail)
        expect(noNote.status).toBe(400)
        expect(noNote.data.errors).toEqual([{ field: "note", code: "note_required", message: expect.stringMatching(/note/i) }])
        const rejected = await api.post(`/admin/training-awards/${award.id}/reject`, { note: "Nomor sertifikat tidak terbaca." }, bearer(admin))
        expect(rejected.data.award).toMatchObject({ verification: "rejected", note: "Nomor sertifikat tidak terbaca." })
        expect(e1((await readiness(a.token)).readiness)).toMatchObject({ points: 0 })
        const mine = (await api.get("/sellers/me/trainings", bearer(a.token))).data.awards
        expect(mine[0]).toMatchObject({ verification: "rejected", note: "Nomor sertifikat tidak terbaca." })
        // After a rejection the seller may claim the same programme again.
        expect((await claim(api, a.token, ECP)).status).toBe(201)
      })

      it("bad claims are 400s naming each field, in the caller's language; a second live claim is a 409", async () => {
        const bad = await claim(api, a.token, { program_kind: "kursus_ajaib", program_name: "", organiser: "X", level: "master" }, null, { "x-medusa-locale": "en-US" })
        expect(bad.status).toBe(400)
        const fields = bad.data.errors.map((e: FieldError) => `${e.field}:${e.code}`)
        expect(fields).toEqual(expect.arrayContaining([
          "program_kind:unknown_code", "program_name:too_short", "organiser:too_short", "level:unknown_code", "year:required", "file:training_evidence_required",
        ]))
        expect(bad.data.errors.find((e: FieldError) => e.field === "file")!.message).toMatch(/evidence/i)

        const fake = await claim(api, a.token, ECP, { bytes: Buffer.from("<html>not a pdf</html>"), name: "sertifikat.pdf" })
        expect(fake.status).toBe(400)
        expect(fake.data.errors).toEqual([{ field: "file", code: "file_type", message: expect.any(String) }])
        const dates = await claim(api, a.token, { ...ECP, year: undefined, starts_at: "2024-05-10", ends_at: "2024-05-01" })
        expect(dates.data.errors.map((e: FieldError) => `${e.field}:${e.code}`)).toEqual(["ends_at:date_order"])

        expect((await claim(api, a.token, ECP)).status).toBe(201)
        const dup = await claim(api, a.token, { ...ECP, program_name: " export coaching program (UJI) " })
        expect(dup.status).toBe(409)
        expect(dup.data.code).toBe("award_duplicate")
        expect((await api.get("/sellers/me/trainings", bearer(a.token))).data.awards).toHaveLength(1)
      })
    })

    describe("operator programmes and bulk awards", () => {
      it("creates a programme and awards it from a CSV with a row-by-row report", async () => {
        const invalid = await api.post("/admin/training-programs", { kind: "seminar", name: "", organiser: "Dinas (uji)" }, bearer(admin)).catch(fail)
        expect(invalid.status).toBe(400)
        expect(invalid.data.errors.map((e: FieldError) => e.field)).toEqual(expect.arrayContaining(["kind", "name"]))

        const { data: { program } } = await api.post("/admin/training-programs", {
          kind: "dinas_pekalongan_export_training", name: "Pelatihan Ekspor (demo)", organiser: "Dinas Perdagangan Kota Pekalongan (uji)",
          city: "Pekalongan", starts_at: "2025-03-01", ends_at: "2025-03-03",
        }, bearer(admin))
        expect(program).toMatchObject({ kind: "dinas_pekalongan_export_training", created_by: expect.stringMatching(/^user:/) })

        const csv = [
          "seller,level,certificate_number",
          "bengkel-a,completed,DEMO-DIN-001",
          "1234567890123,graduate,DEMO-DIN-002", // bengkel-a again, by NIB: already awarded
          "bengkel-zz,completed,",
          "bengkel-b,master,",
          "",
          '"bengkel-b","participant",""',
        ].join("\n")
        const form = new FormData()
        form.append("file", new Blob([csv], { type: "text/csv" }), "awards.csv")
        const res = await api.post(`/admin/training-programs/${program.id}/awards`, form, bearer(admin, { "x-medusa-locale": "en-US" }))
        expect(res.status).toBe(200)
        expect(res.data.report.map((r: ReportRow) => [r.row, r.seller, r.status, r.reason])).toEqual([
          [2, "bengkel-a", "awarded", null],
          [3, "1234567890123", "skipped", "award_duplicate"],
          [4, "bengkel-zz", "error", "seller_unknown"],
          [5, "bengkel-b", "error", "level_unknown"],
          [7, "bengkel-b", "awarded", null],
        ])
        expect(res.data.report[2].message).toMatch(/No seller/)
        expect(res.data.summary).toEqual({ awarded: 2, skipped: 1, error: 2 })

        // Operator awards are verified at once and count in full.
        const mine = (await api.get("/sellers/me/trainings", bearer(a.token))).data.awards
        expect(mine).toEqual([expect.objectContaining({ id: res.data.report[0].award_id, verification: "verified", level: "completed", has_evidence: false })])
        expect(e1((await readiness(a.token)).readiness)).toMatchObject({ points: 3, verified: true, next: { key: "next.E1_ecp" } })

        // The same text as JSON: every row is now a duplicate or an error; nothing new is awarded.
        const again = await api.post(`/admin/training-programs/${program.id}/awards`, { csv }, bearer(admin))
        expect(again.data.summary).toEqual({ awarded: 0, skipped: 3, error: 2 })
        const list = (await api.get("/admin/training-programs", bearer(admin))).data.programs
        expect(list[0]).toMatchObject({ id: program.id, awards: { verified: 2, pending: 0, rejected: 0 } })

        const empty = await api.post(`/admin/training-programs/${program.id}/awards`, { csv: "nama,tingkat\nx,y" }, bearer(admin)).catch(fail)
        expect(empty.status).toBe(400)
        expect(empty.data.errors[0]).toMatchObject({ field: "csv", code: "csv_header" })
        const missing = await api.post("/admin/training-programs/trprog_missing/awards", { csv }, bearer(admin)).catch(fail)
        expect(missing.status).toBe(404)
      })
    })

    describe("public profile", () => {
      it("shows verified badges only, with the readiness score, band and rubric version", async () => {
        const { data: { award: pending } } = await claim(api, a.token, ECP)
        const { data: { award: other } } = await claim(api, a.token, { ...ECP, program_kind: "exhibition", program_name: "Pameran Batik (uji)", level: "participant" })
        await api.post(`/admin/training-awards/${other.id}/verify`, {}, bearer(admin))
        const { data: { seller } } = await api.get("/store/sellers/bengkel-a", store())
        expect(seller.badges).toEqual([{ program_kind: "exhibition", program_name: "Pameran Batik (uji)", organiser: "PPEI Kemendag (uji)", level: "participant", year: 2024 }])
        expect(seller.readiness).toEqual({
          score: expect.any(Number), band: "not_ready", version: "v1-2026",
          max: 100, verifiable_max: 86, verified_points: expect.any(Number), self_declared_points: expect.any(Number),
        })
        expect(JSON.stringify(seller)).not.toContain("DEMO-ECP-001")
        expect(JSON.stringify(seller)).not.toContain(pending.id)
      })
    })

    describe("authorization", () => {
      it("another seller, a shopper and an anonymous caller cannot read or claim a seller's badges", async () => {
        const { data: { award } } = await claim(api, a.token, ECP)
        const shopper = await customerToken(api)
        // Another seller: its own (empty) list, and 404 for a's evidence.
        expect((await api.get("/sellers/me/trainings", bearer(b.token))).data.awards).toEqual([])
        expect((await api.get(`/sellers/me/trainings/${award.id}/evidence`, bearer(b.token)).catch(fail)).status).toBe(404)
        const own = await api.get(`/sellers/me/trainings/${award.id}/evidence`, bearer(a.token))
        expect(own.headers["content-type"]).toContain("application/pdf")
        for (const auth of [bearer(shopper), {}]) {
          expect((await api.get("/sellers/me/trainings", auth).catch(fail)).status).toBe(401)
          expect((await api.get(`/sellers/me/trainings/${award.id}/evidence`, auth).catch(fail)).status).toBe(401)
          expect((await api.get("/sellers/me/readiness", auth).catch(fail)).status).toBe(401)
          const form = new FormData()
          for (const [k, v] of Object.entries(ECP)) form.append(k, v!)
          form.append("file", new Blob([new Uint8Array(PDF)]), "x.pdf")
          expect((await api.post("/sellers/me/trainings", form, auth).catch(fail)).status).toBe(401)
        }
      })

      it("sellers, shoppers and anonymous callers cannot use the operator routes (a seller cannot verify its own claim)", async () => {
        const { data: { award } } = await claim(api, a.token, ECP)
        const { data: { program } } = await api.post("/admin/training-programs", { kind: "exhibition", name: "Pameran (demo)", organiser: "Dinas (uji)" }, bearer(admin))
        const shopper = await customerToken(api)
        for (const auth of [bearer(a.token), bearer(shopper), {}]) {
          expect((await api.get("/admin/training-programs", auth).catch(fail)).status).toBe(401)
          expect((await api.post("/admin/training-programs", { kind: "exhibition", name: "X (uji)", organiser: "Y (uji)" }, auth).catch(fail)).status).toBe(401)
          expect((await api.post(`/admin/training-programs/${program.id}/awards`, { csv: "seller,level\nbengkel-a,completed" }, auth).catch(fail)).status).toBe(401)
          expect((await api.get("/admin/training-awards?verification=pending", auth).catch(fail)).status).toBe(401)
          expect((await api.post(`/admin/training-awards/${award.id}/verify`, {}, auth).catch(fail)).status).toBe(401)
          expect((await api.post(`/admin/training-awards/${award.id}/reject`, { note: "x" }, auth).catch(fail)).status).toBe(401)
          expect((await api.get(`/admin/training-awards/${award.id}/evidence`, auth).catch(fail)).status).toBe(401)
        }
        const mine = (await api.get("/sellers/me/trainings", bearer(a.token))).data.awards
        expect(mine[0].verification).toBe("pending")
        expect((await api.get("/sellers/me/trainings", bearer(b.token))).data.awards).toEqual([])
      })
    })
  },
})
