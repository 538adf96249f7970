import { beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, createStockLocationsWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import { adminToken, bearer, COMPLETE_PROFILE, customerToken, LISTING, PDF, signUpSeller, uploadDocument } from "../../auth-helpers"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import { CERTIFICATION_MODULE } from "../../../src/modules/certification"
import type CertificationModuleService from "../../../src/modules/certification/service"
import type { FieldError, ReadinessBody, ReadinessItem, SellerRow, SignedUpSeller, TrainingAward } from "../../api-types"

const fail = (e: { response?: unknown }) => e.response
const EXPORT_ANSWERS = {
  cross_border_payment: true, knows_ska: true, sample_days: 7, moq_and_tiers: true, incoterm_quote: true, export_experience: "direct_repeat", trade_fair: true,
}
const item = (readiness: { items: ReadinessItem[] }, id: string) => readiness.items.find((i) => i.id === id)!

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: string
    let key: string
    let a: SignedUpSeller
    let b: SignedUpSeller
    const store = () => ({ headers: { "x-publishable-api-key": key } })
    const readiness = async (token: string): Promise<ReadinessBody> => (await api.get("/sellers/me/readiness", bearer(token))).data
    const sellers = () => getContainer().resolve<SellerModuleService>(SELLER_MODULE)

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminToken(api, container)
      const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({})
      const { result: [k] } = await createApiKeysWorkflow(container).run({ input: { api_keys: [{ title: "t", type: "publishable", created_by: "" }] } })
      await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: k.id, add: [channel.id] } })
      await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Pekalongan" }] } })
      key = k.token
      a = await signUpSeller(api, "a@ready.test", "bengkel-a", "Bengkel A")
      b = await signUpSeller(api, "b@ready.test", "bengkel-b", "Bengkel B")
    })

    /**
     * Everything rubric v1 checks, done the way a workshop would: complete profile and export answers,
     * accepted documents, a published listing with English copy, spec and HS code, verified Batikmark
     * and SNI certificates (written directly: the certification flow has its own tests) and two
     * operator-awarded training badges. Expected 71.5 points (score 71), all gates met: 56 verified, 15.5 declared.
     */
    async function makeExportReady(seller: SignedUpSeller) {
      const container = getContainer()
      await api.post("/sellers/me", { ...COMPLETE_PROFILE, export_profile: EXPORT_ANSWERS }, bearer(seller.token))
      await sellers().updateSellers({ id: seller.seller.id, status: "approved" })
      for (const kind of ["nib", "npwp", "trademark", "bpjs", "ipal_letter"]) await uploadDocument(api, seller.token, kind, PDF, `${kind}.pdf`)
      const docs = await sellers().listSellerDocuments({ seller_id: seller.seller.id })
      await sellers().updateSellerDocuments(docs.map((d) => ({ id: d.id, review_state: "accepted" as const })))
      const { data: { product } } = await api.post("/sellers/me/products", {
        ...LISTING, status: "published", fibre_composition: [{ fibre: "cotton", percent: 100 }], hs_code: "520852",
      }, bearer(seller.token))
      const certs = await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).createCertificates([
        { scheme: "batikmark", subject_type: "product", subject_id: product.id, batikmark_type: "tulis", issuer: "DEMO (uji)", number: "DEMO-BM-1", status: "verified" },
        { scheme: "sni_sppt_batik", subject_type: "product", subject_id: product.id, issuer: "DEMO (uji)", number: "DEMO-SNI-1", status: "verified" },
      ])
      await container.resolve(ContainerRegistrationKeys.LINK).create(certs.map((c) => ({
        [SELLER_MODULE]: { seller_id: seller.seller.id }, [CERTIFICATION_MODULE]: { certificate_id: c.id },
      })))
      for (const [kind, level] of [["ppei_export_coaching_program", "graduate"], ["digital_marketing_training", "completed"]]) {
        const { data: { program } } = await api.post("/admin/training-programs", { kind, name: `${kind} (demo)`, organiser: "DEMO (uji)" }, bearer(admin))
        await api.post(`/admin/training-programs/${program.id}/awards`, { csv: `seller,level\n${seller.seller.handle},${level}` }, bearer(admin))
      }
    }

    describe("the seller's readiness", () => {
      it("explains every item, and adds a history point only when the score or band changes", async () => {
        const first = await readiness(a.token)
        expect(first.readiness).toMatchObject({ version: "v1-2026", band: "not_ready", gates_failed: ["A1", "A2", "B1"] })
        expect(first.readiness.items).toHaveLength(24)
        expect(item(first.readiness, "A1")).toMatchObject({ points: 0, next: { key: "next.A1_nib" } })
        expect(first.history).toEqual([{ computed_at: expect.any(String), score: first.readiness.score, band: "not_ready" }])
        expect((await readiness(a.token)).history).toHaveLength(1)

        const saved = await api.post("/sellers/me", { export_profile: EXPORT_ANSWERS }, bearer(a.token))
        expect(saved.data.seller.export_profile).toEqual(EXPORT_ANSWERS)
        expect((await api.get("/sellers/me", bearer(a.token))).data.seller.export_profile).toEqual(EXPORT_ANSWERS)
        const second = await readiness(a.token)
        // Self-declared answers earn half points, none verified: A4 1.5, A5 1.5, B6 1.5, C3 2, E2 1, E3 2 (half of 4) = 9.5.
        expect(item(second.readiness, "A4")).toMatchObject({ points: 1.5, verified: false, verified_points: 0, self_declared_points: 1.5, earned: { key: "earned.declared" } })
        // Canting cannot check these answers yet, and says so instead of promising full points.
        expect(item(second.readiness, "A4").next).toEqual({ key: "next.not_verifiable" })
        expect(item(second.readiness, "E3")).toMatchObject({ points: 2, verified_points: 0 })
        expect(second.readiness.self_declared_points).toBe(first.readiness.self_declared_points + 9.5)
        expect(second.readiness).toMatchObject({ max: 100, verifiable_max: 86 })
        expect(second.readiness.score).toBe(Math.floor(first.readiness.verified_points + first.readiness.self_declared_points + 9.5))
        expect(second.history.map((h) => h.score)).toEqual([first.readiness.score, second.readiness.score])

        // The same answers again change nothing: no new point.
        await api.post("/sellers/me", { export_profile: EXPORT_ANSWERS }, bearer(a.token))
        expect((await readiness(a.token)).history).toHaveLength(2)
        // Another seller's readiness is its own.
        const other = await readiness(b.token)
        expect(other.readiness.score).toBe(first.readiness.score)
        expect(other.history).toHaveLength(1)
      })

      it("refuses bad export answers with 400 naming each field", async () => {
        const res = await api.post("/sellers/me", { export_profile: { sample_days: 0, export_experience: "banyak", knows_ska: "ya", extra: 1 } }, bearer(a.token, { "x-medusa-locale": "en-US" })).catch(fail)
        expect(res.status).toBe(400)
        expect(res.data.errors.map((e: FieldError) => `${e.field}:${e.code}`)).toEqual(expect.arrayContaining([
          "export_profile.sample_days:out_of_range", "export_profile.export_experience:unknown_code", "export_profile.knows_ska:invalid", "export_profile.extra:invalid",
        ]))
        expect((await api.get("/sellers/me", bearer(a.token))).data.seller.export_profile).toBeNull()
      })

      it("is recomputed when the profile changes, without the seller asking (subscriber)", async () => {
        await sellers().updateSellers({ id: a.seller.id, status: "approved" })
        const before = (await api.get("/store/sellers/bengkel-a", store())).data.seller.readiness
        await api.post("/sellers/me", { export_profile: EXPORT_ANSWERS }, bearer(a.token))
        let after = before
        for (let i = 0; i < 40 && after.score === before.score; i++) {
          await new Promise((r) => setTimeout(r, 250))
          after = (await api.get("/store/sellers/bengkel-a", store())).data.seller.readiness
        }
        expect(after.score).toBe(Math.floor(before.verified_points + before.self_declared_points + 9.5))
        expect(after.self_declared_points).toBe(before.self_declared_points + 9.5)
      })
    })

    describe("export-ready sellers", () => {
      it("reach the top band with every gate met, and only they pass the store's export_ready filter", async () => {
        await makeExportReady(a)
        await sellers().updateSellers({ id: b.seller.id, status: "approved" })
        const ready = await readiness(a.token)
        expect(ready.readiness).toMatchObject({ score: 71, band: "export_ready", gates_failed: [], verified_points: 56, self_declared_points: 15.5 })
        expect(item(ready.readiness, "E1")).toMatchObject({ points: 5, verified: true })
        expect(item(ready.readiness, "D2")).toMatchObject({ points: 0, next: { key: "next.D2_sih" } })
        await readiness(b.token)

        const all = (await api.get("/store/sellers", store())).data.sellers
        expect(all.map((s: SellerRow) => [s.handle, s.readiness_band])).toEqual([["bengkel-a", "export_ready"], ["bengkel-b", "not_ready"]])
        const filtered = (await api.get("/store/sellers?export_ready=true", store())).data
        expect(filtered.sellers.map((s: SellerRow) => s.handle)).toEqual(["bengkel-a"])
        expect(filtered.count).toBe(1)
        const { data: { seller } } = await api.get("/store/sellers/bengkel-a", store())
        // Shoppers see how much of the score Canting verified and how much the workshop only declared.
        expect(seller.readiness).toEqual({ score: 71, band: "export_ready", version: "v1-2026", max: 100, verifiable_max: 86, verified_points: 56, self_declared_points: 15.5 })
        expect(seller.badges.map((x: SellerRow["badges"][number]) => x.program_kind).sort()).toEqual(["digital_marketing_training", "ppei_export_coaching_program"])
        expect(seller.export_profile).toBeUndefined()

        // Suspending hides the seller from the store altogether; a rejected badge drops the seller out of the top band.
        const awards = (await api.get("/admin/training-awards?verification=verified", bearer(admin))).data.awards
        const ecp = awards.find((x: TrainingAward) => x.program.kind === "ppei_export_coaching_program")
        await api.post(`/admin/training-awards/${ecp.id}/reject`, { note: "Dicabut oleh penyelenggara (uji)." }, bearer(admin))
        expect((await api.get("/store/sellers?export_ready=true", store())).data.sellers).toEqual([])
        expect((await readiness(a.token)).readiness).toMatchObject({ score: 66, band: "ready_with_support" })
      })
    })

    describe("authorization", () => {
      it("a shopper or an anonymous caller cannot read any readiness details; an operator token is not a seller", async () => {
        const shopper = await customerToken(api)
        for (const auth of [bearer(shopper), bearer(admin), {}]) {
          expect((await api.get("/sellers/me/readiness", auth).catch(fail)).status).toBe(401)
          expect((await api.post("/sellers/me", { export_profile: EXPORT_ANSWERS }, auth).catch(fail)).status).toBe(401)
        }
      })
    })
  },
})
