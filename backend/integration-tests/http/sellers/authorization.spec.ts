import { beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import { createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { adminToken, bearer, customerToken, LISTING, PDF, signUpSeller, uploadDocument } from "../../auth-helpers"
import type { FieldError, SignedUpSeller } from "../../api-types"

const fail = (e: { response?: unknown }) => e.response
/** A real 1×1 PNG: uploads are decoded and re-encoded, so a signature alone is no longer an image. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64")


medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let a: SignedUpSeller
    let b: SignedUpSeller
    beforeEach(async () => {
      a = await signUpSeller(api, "a@seller.test", "bengkel-a", "Bengkel A")
      b = await signUpSeller(api, "b@seller.test", "bengkel-b", "Bengkel B")
    })

    describe("who can reach seller routes", () => {
      it("keeps each seller's profile and documents to itself, even by id guessing", async () => {
        const doc = (await uploadDocument(api, b.token, "nib", PDF, "nib.pdf")).data.document
        expect((await api.get("/sellers/me", bearer(a.token))).data.seller.handle).toBe("bengkel-a")
        expect((await api.get(`/sellers/me/documents/${doc.id}/file`, bearer(a.token)).catch(fail)).status).toBe(404)
        expect((await api.delete(`/sellers/me/documents/${doc.id}`, bearer(a.token)).catch(fail)).status).toBe(404)
        expect((await api.get("/sellers/me/documents", bearer(a.token))).data.documents).toEqual([])
        // B still has it, and can read its bytes
        const own = await api.get(`/sellers/me/documents/${doc.id}/file`, bearer(b.token))
        expect(own.headers["content-type"]).toMatch(/application\/pdf/)
      })

      it("refuses anonymous callers, shoppers and operators on /sellers/me", async () => {
        const shopper = await customerToken(api)
        const operator = await adminToken(api, getContainer())
        for (const config of [{}, bearer(shopper), bearer(operator)]) {
          expect((await api.get("/sellers/me", config).catch(fail)).status).toBe(401)
          expect((await api.post("/sellers/me", { name: "X" }, config).catch(fail)).status).toBe(401)
          expect((await api.get("/sellers/me/documents", config).catch(fail)).status).toBe(401)
          expect((await api.post("/sellers/me/submit", {}, config).catch(fail)).status).toBe(401)
          expect((await api.get("/sellers/me/products", config).catch(fail)).status).toBe(401)
          expect((await api.post("/sellers/me/products", LISTING, config).catch(fail)).status).toBe(401)
        }
      })

      it("refuses seller, shopper and anonymous tokens on the operator's routes", async () => {
        const shopper = await customerToken(api)
        for (const config of [{}, bearer(a.token), bearer(shopper)]) {
          expect((await api.get("/admin/sellers", config).catch(fail)).status).toBe(401)
          expect((await api.post(`/admin/sellers/${a.seller.id}/approve`, {}, config).catch(fail)).status).toBe(401)
        }
      })

      it("keeps each seller's products to itself: another seller cannot read, change or delete them", async () => {
        await createStockLocationsWorkflow(getContainer()).run({ input: { locations: [{ name: "Pekalongan" }] } })
        const product = (await api.post("/sellers/me/products", LISTING, bearer(b.token))).data.product
        expect((await api.get(`/sellers/me/products/${product.id}`, bearer(a.token)).catch(fail)).status).toBe(404)
        expect((await api.post(`/sellers/me/products/${product.id}`, { title: { id: "Dibajak" } }, bearer(a.token)).catch(fail)).status).toBe(404)
        expect((await api.delete(`/sellers/me/products/${product.id}`, bearer(a.token)).catch(fail)).status).toBe(404)
        expect((await api.get("/sellers/me/products", bearer(a.token))).data.products).toEqual([])
        expect((await api.get(`/sellers/me/products/${product.id}`, bearer(b.token))).data.product.title).toBe(LISTING.title.id)
        // An unapproved seller cannot publish
        const publish = await api.post(`/sellers/me/products/${product.id}`, { status: "published" }, bearer(b.token)).catch(fail)
        expect(publish.status).toBe(409)
        expect(publish.data.code).toBe("publish_requires_approval")
      })

      it("registers one seller per login", async () => {
        const again = await api.post("/sellers", { name: "Lagi", handle: "lagi-lagi", owner_name: "Siti" }, bearer(a.token)).catch(fail)
        expect(again.status).toBe(400)
      })
    })

    describe("bad input", () => {
      it("names the field of an invalid NIB, NPWP, story or count, in the caller's language, and saves nothing", async () => {
        const res = await api.post("/sellers/me", { name: "Nama Bagus", nib: "12345", npwp: "abc", story: { id: "<script>alert(1)</script>" }, workforce_total: -3 },
          bearer(a.token, { "x-medusa-locale": "en-US" })).catch(fail)
        expect(res.status).toBe(400)
        const byField = Object.fromEntries(res.data.errors.map((e: FieldError) => [e.field, e]))
        expect(byField.nib).toEqual({ field: "nib", code: "nib_format", message: "The NIB must be 13 digits." })
        expect(byField.npwp.code).toBe("npwp_format")
        expect(byField["story.id"].code).toBe("no_html")
        expect(byField.workforce_total.code).toBe("out_of_range")
        expect((await api.get("/sellers/me", bearer(a.token))).data.seller.name).toBe("Bengkel A")
        const id = await api.post("/sellers/me", { nib: "12345" }, bearer(a.token)).catch(fail)
        expect(id.data.errors[0].message).toBe("NIB harus 13 digit angka.")
      })

      it("keeps the logo and banner URLs a seller uploaded, clears them with null, and refuses a javascript: or data: URL", async () => {
        const bad = await api.post("/sellers/me", { logo_url: "javascript:alert(1)", banner_url: "data:image/png;base64,AAAA" },
          bearer(a.token, { "x-medusa-locale": "en-US" })).catch(fail)
        expect(bad.status).toBe(400)
        expect(bad.data.errors.map((e: FieldError) => [e.field, e.code]).sort()).toEqual([["banner_url", "invalid"], ["logo_url", "invalid"]])
        const images = new FormData()
        for (const name of ["logo.png", "banner.png"]) images.append("files", new Blob([new Uint8Array(PNG)]), name)
        const [logo, banner] = (await api.post("/sellers/me/uploads", images, bearer(a.token))).data.files.map((f: { url: string }) => f.url)
        const ok = await api.post("/sellers/me", { logo_url: logo, banner_url: banner }, bearer(a.token)).catch(fail)
        expect(ok.status).toBe(200)
        expect(ok.data.seller).toMatchObject({ logo_url: logo, banner_url: banner })
        await api.post("/sellers/me", { banner_url: null }, bearer(a.token)).catch(fail)
        expect((await api.get("/sellers/me", bearer(a.token))).data.seller).toMatchObject({ logo_url: logo, banner_url: null })
      })

      it("refuses a taken handle at sign-up and on edit", async () => {
        const { data: { token } } = await api.post("/auth/seller/emailpass/register", { email: "c@seller.test", password: "rahasia-123" })
        const dup = await api.post("/sellers", { name: "Bengkel C", handle: "bengkel-a", owner_name: "Siti" }, bearer(token)).catch(fail)
        expect(dup.status).toBe(400)
        expect(dup.data.errors).toEqual([expect.objectContaining({ field: "handle", code: "handle_taken" })])
        const edit = await api.post("/sellers/me", { handle: "bengkel-a" }, bearer(b.token)).catch(fail)
        expect(edit.data.errors[0].code).toBe("handle_taken")
      })

      it("refuses a 20 MB file and an .exe renamed to .pdf, and keeps nothing", async () => {
        const big = await uploadDocument(api, a.token, "nib", Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]), "nib.pdf")
        expect(big.status).toBe(400)
        expect(big.data.errors[0]).toEqual(expect.objectContaining({ field: "file", code: "file_too_large" }))
        const exe = await uploadDocument(api, a.token, "nib", Buffer.from("MZ\\x90\\x00 program"), "nib.pdf")
        expect(exe.data.errors[0]).toEqual(expect.objectContaining({ field: "file", code: "file_type" }))
        const kind = await uploadDocument(api, a.token, "passport", PDF, "p.pdf")
        expect(kind.data.errors[0]).toEqual(expect.objectContaining({ field: "kind", code: "unknown_code" }))
        expect((await api.get("/sellers/me/documents", bearer(a.token))).data.documents).toEqual([])
      })

      it("takes listing images by content and refuses anything else", async () => {
        const form = new FormData()
        form.append("files", new Blob([new Uint8Array(PNG)]), "kain.png")
        const ok = await api.post("/sellers/me/uploads", form, bearer(a.token))
        expect(ok.status).toBe(201)
        expect(ok.data.files[0].url).toMatch(/\/static\//)
        const bad = new FormData()
        bad.append("files", new Blob([new Uint8Array(PDF)]), "kain.png")
        const refused = await api.post("/sellers/me/uploads", bad, bearer(a.token)).catch(fail)
        expect(refused.data.errors[0]).toEqual(expect.objectContaining({ field: "files.0", code: "file_type" }))
        expect((await api.post("/sellers/me/uploads", form, {}).catch(fail)).status).toBe(401)
      })

      it("names the fields of a bad listing: unknown technique, negative price, no variants", async () => {
        const res = await api.post("/sellers/me/products", { ...LISTING, technique: "sablon", variants: [] }, bearer(a.token)).catch(fail)
        expect(res.status).toBe(400)
        expect(res.data.errors.map((e: FieldError) => `${e.field}:${e.code}`).sort()).toEqual(["technique:unknown_code", "variants:required"])
        const price = await api.post("/sellers/me/products", { ...LISTING, variants: [{ prices: { idr: -5 }, stock: 1 }] }, bearer(a.token)).catch(fail)
        expect(price.data.errors[0]).toEqual(expect.objectContaining({ field: "variants.0.prices.idr", code: "out_of_range" }))
      })

      it("requires a reason to reject, request changes or suspend", async () => {
        const operator = await adminToken(api, getContainer())
        await getContainer().resolve<SellerModuleService>(SELLER_MODULE).updateSellers({ id: a.seller.id, status: "submitted" })
        for (const action of ["reject", "request-changes"]) {
          const res = await api.post(`/admin/sellers/${a.seller.id}/${action}`, { reason: "  " }, bearer(operator)).catch(fail)
          expect(res.status).toBe(400)
          expect(res.data.errors[0]).toEqual(expect.objectContaining({ field: "reason", code: "reason_required" }))
        }
        expect((await api.get(`/admin/sellers/${a.seller.id}`, bearer(operator))).data.seller.status).toBe("submitted")
      })
    })
  },
})
