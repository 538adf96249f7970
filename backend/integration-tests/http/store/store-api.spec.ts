import { beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStoreFixture } from "../../fixtures"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import type { ProductBody, SellerRow, WithId } from "../../api-types"


medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: Awaited<ReturnType<typeof createStoreFixture>>
    const headers = () => ({ headers: { "x-publishable-api-key": fixture.key } })

    beforeEach(async () => {
      fixture = await createStoreFixture(getContainer(), [
        { title: "Batik Tulis Jlamprang", title_en: "Hand-drawn Batik Jlamprang", technique: "batik_tulis" },
        { title: "Kemeja Printing Motif", technique: "tiruan_batik_printing" },
        { title: "Draf Tersembunyi", technique: "batik_cap", status: "draft" },
      ])
    })

    describe("store API with the publishable key", () => {
      it("refuses a store request without the publishable key", async () => {
        const res = await api.get("/store/products").catch((e: { response?: unknown }) => e.response)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/publishable/i)
      })

      it("lists published products with their technique, price and public seller fields", async () => {
        const idr = fixture.regions.find((r) => r.currency_code === "idr")!
        const res = await api.get(`/store/products?region_id=${idr.id}&fields=*variants.calculated_price,+metadata,*seller`, headers())
        expect(res.status).toBe(200)
        const titles = res.data.products.map((p: ProductBody) => p.title).sort()
        expect(titles).toEqual(["Batik Tulis Jlamprang", "Kemeja Printing Motif"])
        const tulis = res.data.products.find((p: ProductBody) => p.title === "Batik Tulis Jlamprang")
        expect(tulis.metadata.technique).toBe("batik_tulis")
        expect(tulis.variants[0].calculated_price.calculated_amount).toBe(350000)
        expect(tulis.seller).toEqual(expect.objectContaining({ handle: "approved-demo", name: "Approved Workshop", is_demo: false }))
        expect(tulis.seller.email).toBeUndefined()
      })

      it("says when a product's seller is a demo workshop, so its page is not indexed and offers nothing for sale", async () => {
        await getContainer().resolve<SellerModuleService>(SELLER_MODULE).updateSellers({ id: fixture.sellers.approved.id, is_demo: true })
        const res = await api.get("/store/products?handle=product-0&fields=+metadata,*seller", headers())
        expect(res.data.products[0].seller).toEqual(expect.objectContaining({ handle: "approved-demo", is_demo: true }))
        const one = await api.get(`/store/products/${res.data.products[0].id}?fields=*seller`, headers())
        expect(one.data.product.seller.is_demo).toBe(true)
      })

      it("serves the English title for locale=en-US and the Indonesian one by default", async () => {
        const en = await api.get("/store/products?locale=en-US&handle=product-0", headers())
        expect(en.data.products[0].title).toBe("Hand-drawn Batik Jlamprang")
        const id = await api.get("/store/products?handle=product-0", headers())
        expect(id.data.products[0].title).toBe("Batik Tulis Jlamprang")
      })

      it("says per field whether the text is translated, so a missing English title shows as Indonesian", async () => {
        const en = await api.get("/store/products?locale=en-US&handle=product-0", headers())
        expect(en.data.products[0].translated).toEqual({ title: true, subtitle: true, description: true })
        // product-1 has no English copy: its Indonesian title comes back, flagged as not translated.
        const untranslated = await api.get("/store/products?locale=en-US&handle=product-1", headers())
        expect(untranslated.data.products[0].title).toBe("Kemeja Printing Motif")
        expect(untranslated.data.products[0].translated.title).toBe(false)
        const one = await api.get(`/store/products/${untranslated.data.products[0].id}`, { headers: { ...headers().headers, "x-medusa-locale": "en-US" } })
        expect(one.data.product.translated.title).toBe(false)
        // Indonesian is the language products are written in: always "translated".
        const id = await api.get("/store/products?handle=product-1", headers())
        expect(id.data.products[0].translated.title).toBe(true)
      })
    })

    describe("store sellers", () => {
      it("lists only approved sellers and never their contact details", async () => {
        const res = await api.get("/store/sellers", headers())
        expect(res.data.sellers.map((s: SellerRow) => s.handle)).toEqual(["approved-demo"])
        expect(res.data.sellers[0].email).toBeUndefined()
      })

      it("shows an approved seller with its published products and translated story", async () => {
        const res = await api.get("/store/sellers/approved-demo?locale=en-US", headers())
        expect(res.data.seller.name).toBe("Approved Workshop")
        expect(res.data.seller.story).toBe("Workshop story")
        const published = fixture.products.filter((p) => p.status === "published").map((p) => p.id).sort()
        expect(res.data.seller.products.map((p: WithId) => p.id).sort()).toEqual(published)
      })

      it("answers 404 for a seller that is not approved or does not exist", async () => {
        for (const handle of ["draft-demo", "no-such-seller"]) {
          const res = await api.get(`/store/sellers/${handle}`, headers()).catch((e: { response?: unknown }) => e.response)
          expect(res.status).toBe(404)
        }
      })

      it("filters approved sellers by technique and by a search on name or city", async () => {
        expect((await api.get("/store/sellers?technique=batik_tulis", headers())).data.sellers.map((s: SellerRow) => s.handle)).toEqual(["approved-demo"])
        expect((await api.get("/store/sellers?technique=batik_cap", headers())).data.sellers).toEqual([])
        expect((await api.get("/store/sellers?q=approved", headers())).data.sellers).toHaveLength(1)
        expect((await api.get("/store/sellers?q=draft", headers())).data.sellers).toEqual([])
      })

      it("rejects an invalid list parameter with a 400 naming the field", async () => {
        const res = await api.get("/store/sellers?limit=0", headers()).catch((e: { response?: unknown }) => e.response)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/limit/)
      })
    })
  },
})
