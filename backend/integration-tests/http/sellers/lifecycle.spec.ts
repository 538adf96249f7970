import { beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createApiKeysWorkflow, createStockLocationsWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import { adminToken, bearer, COMPLETE_PROFILE, LISTING, PDF, signUpSeller, uploadDocument } from "../../auth-helpers"
import type { SellerRow, SellerStatusEvent } from "../../api-types"

const fail = (e: { response?: unknown }) => e.response


medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("seller lifecycle", () => {
      let admin: string
      beforeEach(async () => {
        admin = await adminToken(api, getContainer())
      })

      it("refuses an old 15-digit NPWP while onboarding, naming the field and why, and keeps a 16-digit one", async () => {
        const { token } = await signUpSeller(api, "lama@npwp.test", "batik-npwp-lama")
        const en = await api.post("/sellers/me", { npwp: "01.234.567.8-901.234" }, bearer(token, { "x-medusa-locale": "en-US" })).catch(fail)
        expect(en.status).toBe(400)
        expect(en.data.errors).toEqual([{
          field: "npwp", code: "npwp_old_format",
          message: "NPWP: the old 15-digit NPWP has not been valid since 1 July 2024 (PMK 136/2023). Enter your 16-digit NPWP or your NIK.",
        }])
        const id = await api.post("/sellers/me", { npwp: "012345678901234" }, bearer(token)).catch(fail)
        expect(id.status).toBe(400)
        expect(id.data.errors[0]).toMatchObject({ field: "npwp", code: "npwp_old_format" })
        expect(id.data.errors[0].message).toContain("NPWP lama 15 digit tidak berlaku lagi sejak 1 Juli 2024 (PMK 136/2023)")
        expect((await api.get("/sellers/me", bearer(token))).data.seller.npwp).toBeNull()
        // Neither 15 nor 16 digits: the general message.
        expect((await api.post("/sellers/me", { npwp: "12345" }, bearer(token)).catch(fail)).data.errors[0].code).toBe("npwp_format")
        // The 16-digit NPWP (or NIK) is kept, separators removed.
        expect((await api.post("/sellers/me", { npwp: "33.2601.2345.678.901" }, bearer(token))).data.seller.npwp).toBe("3326012345678901")
      })

      it("registers, is refused with gaps, completes, is reviewed, sells, is suspended and reinstated", async () => {
        const { token, seller, status } = await signUpSeller(api, "siti@sekar.test", "batik-sekar")
        expect(status).toBe(201)
        expect(seller.status).toBe("draft")

        // Submitting with gaps lists every gap
        const early = await api.post("/sellers/me/submit", {}, bearer(token)).catch(fail)
        expect(early.status).toBe(400)
        expect(early.data.missing).toEqual(expect.arrayContaining(["nib", "npwp", "story.en", "document:nib", "document:ktp"]))

        // Complete the profile and papers
        const saved = await api.post("/sellers/me", COMPLETE_PROFILE, bearer(token))
        expect(saved.data.seller.umkm_scale).toBe("mikro")
        expect(saved.data.seller.npwp).toBe("332601234567890" + "1")
        expect(saved.data.seller.story).toEqual(COMPLETE_PROFILE.story)
        for (const kind of ["nib", "npwp", "ktp"]) expect((await uploadDocument(api, token, kind, PDF, `${kind}.pdf`)).status).toBe(201)
        const onboarding = await api.get("/sellers/me/onboarding", bearer(token))
        expect(onboarding.data.ready).toBe(true)

        expect((await api.post("/sellers/me/submit", {}, bearer(token))).data.seller.status).toBe("submitted")
        // Under review the profile is locked
        expect((await api.post("/sellers/me", { name: "Nama Baru" }, bearer(token)).catch(fail)).status).toBe(409)

        // Operator asks for changes with notes; the seller edits and resubmits
        expect((await api.post(`/admin/sellers/${seller.id}/request-changes`, {}, bearer(admin)).catch(fail)).status).toBe(400)
        await api.post(`/admin/sellers/${seller.id}/request-changes`, { reason: "Foto KTP buram" }, bearer(admin))
        await api.post("/sellers/me", { phone: "+6285700000000" }, bearer(token))
        await api.post("/sellers/me/submit", {}, bearer(token))
        // Before approval a listing can be drafted but not published
        const container = getContainer()
        const key = await storeKey(container)
        expect((await api.post("/sellers/me/products", { ...LISTING, status: "published" }, bearer(token)).catch(fail)).status).toBe(409)
        const draft = await api.post("/sellers/me/products", LISTING, bearer(token))
        expect(draft.status).toBe(201)
        expect(draft.data.product.translations.en.title).toBe(LISTING.title.en)
        expect((await api.post(`/admin/sellers/${seller.id}/approve`, {}, bearer(admin))).data.seller.status).toBe("approved")

        // The approved seller publishes; shoppers find it in both languages with its price and stock
        const product = draft.data.product.id
        expect((await api.post(`/sellers/me/products/${product}`, { status: "published" }, bearer(token))).data.product.status).toBe("published")
        const en = await api.get(`/store/products?id[]=${product}&locale=en-US&fields=+metadata,*seller`, { headers: { "x-publishable-api-key": key } })
        expect(en.data.products[0]).toEqual(expect.objectContaining({ title: LISTING.title.en }))
        expect(en.data.products[0].seller.handle).toBe("batik-sekar")
        const mine = await api.get("/sellers/me/products", bearer(token))
        expect(mine.data.products[0].variants[0].inventory_items[0].inventory.location_levels[0].stocked_quantity).toBe(2)

        // Suspension hides the seller's products everywhere; reinstatement shows them again
        const visible = async () => (await api.get(`/store/products?id[]=${product}`, { headers: { "x-publishable-api-key": key } })).data.products.length
        expect(await visible()).toBe(1)
        await api.post(`/admin/sellers/${seller.id}/suspend`, { reason: "Laporan produk palsu" }, bearer(admin))
        expect(await visible()).toBe(0)
        expect((await api.get(`/store/products/${product}`, { headers: { "x-publishable-api-key": key } }).catch(fail)).status).toBe(404)
        expect((await api.get(`/store/sellers/batik-sekar`, { headers: { "x-publishable-api-key": key } }).catch(fail)).status).toBe(404)
        await api.post(`/admin/sellers/${seller.id}/reinstate`, {}, bearer(admin))
        expect(await visible()).toBe(1)

        // Every transition is recorded: who, from, to, why
        const detail = await api.get(`/admin/sellers/${seller.id}`, bearer(admin))
        expect(detail.data.seller.history.map((h: SellerStatusEvent) => `${h.from_status}>${h.to_status}`)).toEqual([
          "draft>submitted", "submitted>changes_requested", "changes_requested>submitted", "submitted>approved", "approved>suspended", "suspended>approved",
        ])
        expect(detail.data.seller.history[1]).toEqual(expect.objectContaining({ actor_type: "user", reason: "Foto KTP buram" }))
        expect(detail.data.seller.documents).toHaveLength(3)
        // ...and each one notified the seller's owner
        const sent = await container.resolve(Modules.NOTIFICATION).listNotifications({ to: "siti@sekar.test" })
        expect(sent.map((n) => n.template).sort()).toEqual([
          "seller-status-approved", "seller-status-approved", "seller-status-changes_requested", "seller-status-submitted", "seller-status-submitted", "seller-status-suspended",
        ])
      })

      it("refuses a transition the status does not allow with 409", async () => {
        const { seller } = await signUpSeller(api, "dua@sekar.test", "batik-dua")
        const res = await api.post(`/admin/sellers/${seller.id}/approve`, {}, bearer(admin)).catch(fail)
        expect(res.status).toBe(409)
      })

      it("lists the review queue by status for the operator", async () => {
        await signUpSeller(api, "tiga@sekar.test", "batik-tiga")
        const res = await api.get("/admin/sellers?status=draft", bearer(admin))
        expect(res.data.sellers.map((s: SellerRow) => s.handle)).toContain("batik-tiga")
        expect((await api.get("/admin/sellers?status=approved", bearer(admin))).data.sellers).toHaveLength(0)
      })
    })

    async function storeKey(container: MedusaContainer) {
      const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({})
      const { result: [key] } = await createApiKeysWorkflow(container).run({ input: { api_keys: [{ title: "t", type: "publishable", created_by: "" }] } })
      await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
      await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Pekalongan" }] } })
      return key.token
    }
  },
})
