import { beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { bearer, LISTING } from "../../auth-helpers"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import { CERTIFICATION_MODULE } from "../../../src/modules/certification"
import type CertificationModuleService from "../../../src/modules/certification/service"
import { BATIKMARK, claim, inDays, IPAL, twoSellers, type Fields } from "./cert-fixture"
import type { CertificateBody, CertificateEvent, FieldError, SignedUpSeller, WithId } from "../../api-types"

const fail = (e: { response?: unknown }) => e.response

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: string
    let key: string
    let a: SignedUpSeller
    let b: SignedUpSeller
    const store = (extra: Record<string, string> = {}) => ({ headers: { "x-publishable-api-key": key, ...extra } })

    /** A published listing of an approved seller (approval is set directly: the seller lifecycle has its own tests). */
    async function approvedListing(seller: SignedUpSeller, body: Record<string, unknown> = {}) {
      await getContainer().resolve<SellerModuleService>(SELLER_MODULE).updateSellers({ id: seller.seller.id, status: "approved" })
      return (await api.post("/sellers/me/products", { ...LISTING, ...body, status: "published" }, bearer(seller.token))).data.product
    }

    beforeEach(async () => {
      ({ admin, key, a, b } = await twoSellers(api, getContainer()))
    })

    describe("lifecycle", () => {
      it("goes pending → verified → revoked, shows the right badge at each step, and keeps the history", async () => {
        const product = await approvedListing(a)
        const created = await claim(api, a.token, BATIKMARK(product.id))
        expect(created.status).toBe(201)
        const cert = created.data.certificate
        expect(cert).toEqual(expect.objectContaining({ status: "pending", display_state: "seller_declared", product_id: product.id, batikmark_type: "tulis" }))
        expect(cert.evidence).toHaveLength(1)

        // Shoppers and export buyers do not see a pending claim at all: not on the product, not on the workshop's profile
        const pending = await api.get(`/store/certifications?product_id=${product.id}`, store())
        expect(pending.data).toEqual({ certificates: [], eco_tags: [] })
        expect((await api.get("/store/sellers/bengkel-a", store())).data.seller.certificates).toEqual([])
        // The seller does, as declared and waiting for Canting's check
        expect((await api.get("/sellers/me/certifications", bearer(a.token))).data.certificates)
          .toEqual([expect.objectContaining({ id: cert.id, status: "pending", display_state: "seller_declared" })])

        // The operator's queue, detail with evidence bytes
        const queue = await api.get("/admin/certifications?status=pending", bearer(admin))
        expect(queue.data.certificates.map((c: WithId) => c.id)).toEqual([cert.id])
        expect(queue.data.certificates[0].seller.name).toBe("Bengkel A")
        const detail = (await api.get(`/admin/certifications/${cert.id}`, bearer(admin))).data.certificate
        const bytes = await api.get(`/admin/certifications/${cert.id}/evidence/${detail.evidence[0].id}`, bearer(admin))
        expect(bytes.headers["content-type"]).toMatch(/application\/pdf/)

        // Verify needs a method
        const noMethod = await api.post(`/admin/certifications/${cert.id}/verify`, {}, bearer(admin, { "x-medusa-locale": "en-US" })).catch(fail)
        expect(noMethod.status).toBe(400)
        expect(noMethod.data.errors).toEqual([{ field: "method", code: "method_required", message: "Choose how it was verified." }])
        const verified = await api.post(`/admin/certifications/${cert.id}/verify`, { method: "issuer_confirmation", note: "Dikonfirmasi lewat email" }, bearer(admin))
        expect(verified.data.certificate).toEqual(expect.objectContaining({ status: "verified", verification_method: "issuer_confirmation", display_state: "verified" }))
        const shown = (await api.get(`/store/certifications?product_id=${product.id}`, store())).data.certificates
        expect(shown).toEqual([expect.objectContaining({
          id: cert.id, display_state: "verified", verification_method: "issuer_confirmation", number: "DEMO-BM-0001", batikmark_colour: "gold", is_demo: false,
        })])
        expect(shown[0].evidence).toBeUndefined()

        // A verified certificate cannot be deleted by the seller, nor verified twice
        expect((await api.delete(`/sellers/me/certifications/${cert.id}`, bearer(a.token)).catch(fail)).status).toBe(409)
        expect((await api.post(`/admin/certifications/${cert.id}/verify`, { method: "site_visit" }, bearer(admin)).catch(fail)).status).toBe(409)

        // Revoke needs a note, then hides the badge at once
        expect((await api.post(`/admin/certifications/${cert.id}/revoke`, {}, bearer(admin)).catch(fail)).data.errors[0].code).toBe("note_required")
        await api.post(`/admin/certifications/${cert.id}/revoke`, { note: "Penerbit mencabut sertifikat" }, bearer(admin))
        expect((await api.get(`/store/certifications?product_id=${product.id}`, store())).data.certificates).toEqual([])

        const mine = (await api.get("/sellers/me/certifications", bearer(a.token))).data.certificates
        expect(mine[0].display_state).toBe("revoked")
        expect(mine[0].history.map((h: CertificateEvent) => `${h.from_status}>${h.to_status}`)).toEqual(["null>pending", "pending>verified", "verified>revoked"])
        expect(mine[0].history[1]).toEqual(expect.objectContaining({ actor_type: "user", method: "issuer_confirmation", note: "Dikonfirmasi lewat email" }))
        expect(mine[0].history[2]).toEqual(expect.objectContaining({ actor_type: "user", note: "Penerbit mencabut sertifikat" }))

        const sent = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "a@cert.test" })
        expect(sent.map((n) => n.template).sort()).toEqual(["certificate-revoked", "certificate-verified"])
      })

      it("rejects with a note; the seller may then delete the claim and its evidence", async () => {
        const cert = (await claim(api, a.token, IPAL)).data.certificate
        expect((await api.post(`/admin/certifications/${cert.id}/reject`, { note: " " }, bearer(admin)).catch(fail)).status).toBe(400)
        const rejected = await api.post(`/admin/certifications/${cert.id}/reject`, { note: "Nomor tidak terbaca" }, bearer(admin))
        expect(rejected.data.certificate.status).toBe("rejected")
        expect((await api.post(`/admin/certifications/${cert.id}/revoke`, { note: "x" }, bearer(admin)).catch(fail)).status).toBe(409)
        expect((await api.get("/admin/certifications?status=rejected", bearer(admin))).data.count).toBe(1)

        const evidence = cert.evidence[0].id
        expect((await api.get(`/sellers/me/certifications/${cert.id}/evidence/${evidence}`, bearer(a.token))).status).toBe(200)
        expect((await api.delete(`/sellers/me/certifications/${cert.id}`, bearer(a.token))).data.deleted).toBe(true)
        expect((await api.get("/sellers/me/certifications", bearer(a.token))).data.certificates).toEqual([])
        expect((await api.get(`/admin/certifications/${cert.id}`, bearer(admin)).catch(fail)).status).toBe(404)
      })
    })

    describe("what shoppers see", () => {
      it("derives eco tags from verified, unexpired certificates and hides expired ones", async () => {
        const product = await approvedListing(a) // dye_family natural: declared by the seller, no tag
        const ipal = (await claim(api, a.token, IPAL)).data.certificate
        const oeko = (await claim(api, a.token, { scheme: "oeko_tex_std100", subject_type: "product", product_id: product.id, issuer: "DEMO institut (uji)", number: "DEMO-OT-1", expires_at: inDays(200) })).data.certificate
        // Pending claims and the declared dye family earn no tag
        expect((await api.get(`/store/certifications?product_id=${product.id}`, store())).data.eco_tags).toEqual([])

        await api.post(`/admin/certifications/${ipal.id}/verify`, { method: "document_inspection" }, bearer(admin))
        await api.post(`/admin/certifications/${oeko.id}/verify`, { method: "issuer_registry_lookup" }, bearer(admin))
        const trust = (await api.get(`/store/certifications?product_id=${product.id}`, store())).data
        expect(trust.eco_tags).toEqual(["wastewater_treated", "oeko_tex"])
        expect(trust.certificates.map((c: CertificateBody) => c.scheme).sort()).toEqual(["ipal_effluent_test", "oeko_tex_std100"])
        const profile = (await api.get("/store/sellers/bengkel-a", store())).data.seller
        expect(profile.eco_tags).toEqual(["wastewater_treated"])
        expect(profile.certificates).toEqual([expect.objectContaining({ id: ipal.id, verification_method: "document_inspection", is_demo: false })])

        // The IPAL report expired yesterday: it is gone from the badges, the tags and the profile
        await getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE).updateCertificates({ id: ipal.id, expires_at: new Date(`${inDays(-1)}T00:00:00Z`), issued_at: null })
        const after = (await api.get(`/store/certifications?product_id=${product.id}`, store())).data
        expect(after.eco_tags).toEqual(["oeko_tex"])
        expect(after.certificates.map((c: WithId) => c.id)).toEqual([oeko.id])
        const profileAfter = (await api.get("/store/sellers/bengkel-a", store())).data.seller
        expect(profileAfter).toEqual(expect.objectContaining({ certificates: [], eco_tags: [] }))
        // The seller still sees it, as expired
        const mine = (await api.get("/sellers/me/certifications", bearer(a.token))).data.certificates
        expect(mine.find((c: WithId) => c.id === ipal.id).display_state).toBe("expired")
      })

      it("shows a demo certificate as a demo, never as verified by Canting (the seed's certificates have no evidence file)", async () => {
        await getContainer().resolve<SellerModuleService>(SELLER_MODULE).updateSellers({ id: a.seller.id, status: "approved" })
        const demo = await getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE).createCertificates({
          scheme: "ipal_effluent_test", subject_type: "seller", subject_id: a.seller.id, issuer: "DEMO lab (bukan asli)", number: "DEMO-IPAL-9",
          expires_at: new Date(`${inDays(300)}T00:00:00Z`), status: "verified", verification_method: "document_inspection",
          reviewed_at: new Date(), reviewed_by: "seed", is_demo: true,
        })
        await getContainer().resolve(ContainerRegistrationKeys.LINK).create({ [SELLER_MODULE]: { seller_id: a.seller.id }, [CERTIFICATION_MODULE]: { certificate_id: demo.id } })
        const trust = (await api.get(`/store/certifications?seller_id=${a.seller.id}`, store())).data
        expect(trust.certificates).toEqual([expect.objectContaining({
          id: demo.id, is_demo: true, display_state: "verified", verification_method: null, verified_at: null,
        })])
      })

      it("answers 404 for products and sellers shoppers cannot see, and 400 without a subject", async () => {
        const draft = (await api.post("/sellers/me/products", LISTING, bearer(b.token))).data.product
        expect((await api.get(`/store/certifications?product_id=${draft.id}`, store()).catch(fail)).status).toBe(404)
        expect((await api.get(`/store/certifications?seller_id=${b.seller.id}`, store()).catch(fail)).status).toBe(404)
        const none = await api.get("/store/certifications", store()).catch(fail)
        expect(none.status).toBe(400)
        expect(none.data.errors[0].field).toBe("product_id")
        expect((await api.get(`/store/certifications?seller_id=${b.seller.id}`).catch(fail)).status).toBe(400) // no publishable key
      })
    })

    describe("integrity rules", () => {
      it("refuses Batikmark and SNI batik on imitation and a Batikmark type that does not match, naming the field", async () => {
        const print = (await api.post("/sellers/me/products", { ...LISTING, technique: "tiruan_batik_printing", dye_family: "synthetic", natural_dyes: [] }, bearer(a.token))).data.product
        const tulis = (await api.post("/sellers/me/products", LISTING, bearer(a.token))).data.product

        const onPrint = await claim(api, a.token, BATIKMARK(print.id, "cap"), undefined, { "x-medusa-locale": "en-US" })
        expect(onPrint.status).toBe(400)
        expect(onPrint.data.errors).toEqual([{ field: "scheme", code: "imitation_not_batik", message: expect.stringMatching(/not batik/) }])
        const sni = await claim(api, a.token, { scheme: "sni_sppt_batik", subject_type: "product", product_id: print.id, issuer: "DEMO LSPro", number: "DEMO-SNI-1", expires_at: inDays(500) })
        expect(sni.data.errors.map((e: FieldError) => e.code)).toEqual(["imitation_not_batik"])
        expect(sni.data.errors[0].message).toMatch(/bukan batik/) // Indonesian by default

        const mismatch = await claim(api, a.token, BATIKMARK(tulis.id, "cap"))
        expect(mismatch.data.errors).toEqual([expect.objectContaining({ field: "batikmark_type", code: "batikmark_type_mismatch" })])

        // A pending Batikmark tulis blocks turning the product into a print or a cap
        expect((await claim(api, a.token, BATIKMARK(tulis.id, "tulis"))).status).toBe(201)
        for (const technique of ["tiruan_batik_printing", "batik_cap"]) {
          const edit = await api.post(`/sellers/me/products/${tulis.id}`, { technique }, bearer(a.token)).catch(fail)
          expect(edit.status).toBe(400)
          expect(edit.data.errors).toEqual([expect.objectContaining({ field: "technique", code: "technique_conflicts_certificate" })])
        }
        expect((await api.get(`/sellers/me/products/${tulis.id}`, bearer(a.token))).data.product.metadata.technique).toBe("batik_tulis")
        // Nothing was saved by the refused claims
        expect((await api.get("/sellers/me/certifications", bearer(a.token))).data.count).toBe(1)
      })

      it("checks subject, dates and evidence, and saves nothing on bad input", async () => {
        const tulis = (await api.post("/sellers/me/products", LISTING, bearer(a.token))).data.product
        const codes = async (fields: Fields, files?: { bytes: Buffer; name: string }[]) => {
          const res = await claim(api, a.token, fields, files)
          expect(res.status).toBe(400)
          return res.data.errors.map((e: FieldError) => `${e.field}:${e.code}`)
        }
        expect(await codes({ ...IPAL, subject_type: "product", product_id: tulis.id })).toEqual(["subject_type:cert_subject_not_allowed"])
        expect(await codes({ ...IPAL, expires_at: undefined })).toEqual(["expires_at:expiry_required"])
        expect(await codes({ ...IPAL, expires_at: "2026-02-30" })).toEqual(["expires_at:date_format"])
        expect(await codes({ ...IPAL, issued_at: inDays(10), expires_at: inDays(5) })).toEqual(["expires_at:expiry_before_issue"])
        expect(await codes({ ...BATIKMARK(tulis.id), product_id: undefined })).toEqual(["product_id:product_required"])
        expect(await codes({ ...IPAL, product_id: tulis.id })).toEqual(["product_id:product_not_allowed"])
        expect(await codes({ ...IPAL, scheme: "fake" })).toEqual(["scheme:unknown_code"])
        expect(await codes(IPAL, [])).toEqual(["files:evidence_required"])
        expect(await codes(IPAL, [{ bytes: Buffer.from("MZ not a document"), name: "virus.pdf" }])).toEqual(["files:file_type"])
        expect((await api.get("/sellers/me/certifications", bearer(a.token))).data.count).toBe(0)
      })

      it("validates and stores the production facts: fixers, fibres, kelurahan, artisans, HS code", async () => {
        const facts = {
          fixers: ["tawas", "tunjung"], fibre_composition: [{ fibre: "cotton", percent: 100 }], origin_kelurahan: "Kauman",
          artisans: ["Bu Sri (demo)", "Pak Darto (demo)"], hs_code: "520852",
        }
        const ok = await api.post("/sellers/me/products", { ...LISTING, ...facts }, bearer(a.token))
        expect(ok.data.product.metadata).toEqual(expect.objectContaining({ ...facts, technique: "batik_tulis", is_imitation: false }))

        const bad = await api.post("/sellers/me/products", {
          ...LISTING, fibre_composition: [{ fibre: "cotton", percent: 60 }, { fibre: "silk", percent: 30 }], hs_code: "8504",
          artisans: Array.from({ length: 11 }, (_, i) => `Pembatik ${i}`), fixers: ["garam"],
        }, bearer(a.token, { "x-medusa-locale": "en-US" })).catch(fail)
        expect(bad.status).toBe(400)
        const byField = Object.fromEntries(bad.data.errors.map((e: FieldError) => [e.field, e]))
        expect(byField.fibre_composition).toEqual({ field: "fibre_composition", code: "fibre_sum", message: "The fibre composition must add up to exactly 100%." })
        expect(byField.hs_code.code).toBe("hs_code_format")
        expect(byField.artisans.code).toBe("too_long")
        expect(byField["fixers.0"].code).toBe("unknown_code")
        const dup = await api.post(`/sellers/me/products/${ok.data.product.id}`, { fibre_composition: [{ fibre: "cotton", percent: 50 }, { fibre: "cotton", percent: 50 }] }, bearer(a.token)).catch(fail)
        expect(dup.data.errors).toEqual([expect.objectContaining({ field: "fibre_composition", code: "fibre_duplicate" })])
        // A partial edit keeps the other facts
        const edited = await api.post(`/sellers/me/products/${ok.data.product.id}`, { hs_code: "621430" }, bearer(a.token))
        expect(edited.data.product.metadata).toEqual(expect.objectContaining({ hs_code: "621430", origin_kelurahan: "Kauman", fixers: ["tawas", "tunjung"] }))
      })
    })

  },
})
