import { beforeAll, beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import { PRODUCT_INDEX } from "../../../src/search/_product-document"
import { adminToken, bearer, customerToken } from "../../auth-helpers"
import { updateSellerProductWorkflow } from "../../../src/workflows/seller-product/workflows/update-seller-product"
import { createSearchFixture, eventually, indexedIds, waitForIndex, type SearchFixture } from "./search-fixture"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import type { CatalogResponse, FacetName, HttpError } from "../../api-types"

const fail = (e: HttpError) => e.response
// The same behaviour suite runs on whichever provider medusa-config selects: Postgres always,
// a real Meilisearch only when MEILISEARCH_HOST is set (opt-in).
const PROVIDER = process.env.MEILISEARCH_HOST ? `real Meilisearch at ${process.env.MEILISEARCH_HOST} (opt-in)` : "Postgres provider"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fx: SearchFixture
    const h = () => ({ headers: { "x-publishable-api-key": fx.key } })
    const catalog = async (qs: string): Promise<CatalogResponse> => (await api.get(`/store/catalog?${qs}`, h())).data
    const handles = (data: CatalogResponse) => data.hits.map((hit) => hit.handle)
    const facet = (data: CatalogResponse, name: FacetName) => Object.fromEntries(data.facets[name].map((f) => [f.value, f.count]))

    beforeAll(async () => {
      await waitForIndex(getContainer())
    })

    beforeEach(async () => {
      fx = await createSearchFixture(getContainer())
      // Five published listings of approved sellers reach the index through the product events.
      await eventually(() => catalog(""), (d) => d.count === 5)
    })

    describe(`catalog search behaviour — ${PROVIDER}`, () => {
      it("finds Jlamprang when the shopper types 'jlamprag' (typo tolerance)", async () => {
        const data = await catalog("q=jlamprag")
        expect(data.hits[0].handle).toBe(fx.products.tulisJlamprang.handle)
        expect(handles(data)).not.toContain(fx.products.draft.handle)
      })

      it("finds an Indonesian-titled tulis cloth for 'hand-drawn', and no stamped or printed one", async () => {
        const data = await catalog("q=hand-drawn")
        expect(handles(data).sort()).toEqual([fx.products.tulisBuketan.handle, fx.products.tulisJlamprang.handle].sort())
        expect(data.suggestions).toEqual([])
      })

      it("finds the cloth titled in English 'Natural Dye …' for 'pewarna alam', and no synthetic one", async () => {
        const data = await catalog("q=pewarna%20alam")
        expect(handles(data)).toContain(fx.products.capSawat.handle)
        expect(handles(data).sort()).toEqual([fx.products.capSawat.handle, fx.products.tulisJlamprang.handle].sort())
      })

      it("counts every facet value over the result set, a facet's own selection leaving its own counts whole", async () => {
        const all = await catalog("")
        expect(facet(all, "technique")).toEqual({ batik_tulis: 2, batik_cap: 2, tiruan_batik_printing: 1 })
        expect(facet(all, "dye_family")).toEqual({ natural: 2, synthetic: 3 })
        // No certificates here: the declared natural dye family earns no eco tag (it is the dye_family facet above)
        expect(facet(all, "eco_tags")).toEqual({})
        expect(facet(all, "in_stock")).toEqual({ true: 4, false: 1 })
        expect(all.facets.seller).toEqual(expect.arrayContaining([{ value: "cap-uji", label: "Cap Uji", count: 2 }]))

        const tulis = await catalog("technique=batik_tulis")
        expect(tulis.count).toBe(2)
        // Its own facet still offers the other techniques with their counts…
        expect(facet(tulis, "technique")).toEqual({ batik_tulis: 2, batik_cap: 2, tiruan_batik_printing: 1 })
        // …while every other facet describes the two tulis pieces only.
        expect(facet(tulis, "motifs")).toEqual({ jlamprang: 1, buketan: 1 })
        expect(facet(tulis, "seller")).toEqual({ "sekar-uji": 2 })
      })

      it("ORs codes within a facet and ANDs across facets", async () => {
        const natural = await catalog("technique=batik_tulis,batik_cap&dye_family=natural")
        expect(handles(natural).sort()).toEqual([fx.products.capSawat.handle, fx.products.tulisJlamprang.handle].sort())
        const motifs = await catalog("motif=jlamprang,liris")
        expect(handles(motifs).sort()).toEqual([fx.products.capLiris.handle, fx.products.tulisJlamprang.handle].sort())
        const dyed = await catalog("dye_family=natural&seller=alam-uji")
        expect(handles(dyed)).toEqual([fx.products.capSawat.handle])
        const inStock = await catalog("seller=cap-uji&in_stock=true")
        expect(handles(inStock)).toEqual([fx.products.printSemen.handle])
        expect(await catalog("technique=tiruan_batik_printing&dye_family=natural")).toEqual(expect.objectContaining({ hits: [], count: 0 }))
      })

      it("filters a price range in the chosen currency and sorts by price, the range facet spanning the unfiltered prices", async () => {
        const usd = await catalog("currency=usd&price_min=20&price_max=200&sort=price_asc")
        expect(handles(usd)).toEqual([fx.products.capLiris, fx.products.capSawat, fx.products.tulisBuketan, fx.products.tulisJlamprang].map((p) => p.handle))
        expect(usd.hits.map((hit) => hit.price)).toEqual([22, 40, 115, 160].map((amount) => ({ amount, currency: "usd" })))
        expect(usd.facets.price).toEqual({ min: 6, max: 160 })

        const idr = await catalog("sort=price_desc&limit=2")
        expect(idr.hits.map((hit) => hit.price)).toEqual([{ amount: 2_500_000, currency: "idr" }, { amount: 1_800_000, currency: "idr" }])
        expect(idr).toEqual(expect.objectContaining({ count: 5, limit: 2, offset: 0 }))
        const page2 = await catalog("sort=price_desc&limit=2&offset=2")
        expect(page2.hits.map((hit) => hit.price!.amount)).toEqual([600_000, 350_000])
      })

      it("gives titles in the requested language, the Indonesian one marked untranslated when English is missing", async () => {
        const en = await catalog("locale=en&technique=batik_tulis&sort=price_desc")
        expect(en.hits.map((hit) => [hit.title, hit.title_translated])).toEqual([
          ["Blue Jlamprang Hand-drawn Batik", true],
          ["Selendang Tulis Buketan Sutra", false],
        ])
        const id = await catalog("technique=batik_tulis&sort=price_desc")
        expect(id.hits.map((hit) => hit.title)).toEqual(["Kain Batik Tulis Jlamprang Biru", "Selendang Tulis Buketan Sutra"])
        const [print] = (await catalog("technique=tiruan_batik_printing")).hits
        expect(print).toEqual(expect.objectContaining({
          technique: "tiruan_batik_printing", is_imitation: true, in_stock: true,
          seller: { handle: "cap-uji", name: "Cap Uji" }, price: { amount: 85_000, currency: "idr" },
        }))
      })

      it("suggests close vocabulary terms when nothing matches", async () => {
        const data = await catalog("q=jlamprag&technique=tiruan_batik_printing")
        expect(data.hits).toEqual([])
        expect(data.suggestions).toContain("Jlamprang")
      })

      it("takes a suspended seller's products out of the catalog and the index, and back on reinstatement", async () => {
        const operator = await adminToken(api, getContainer())
        const cap = fx.sellers["cap-uji"]
        const capIds = [fx.products.capLiris.id, fx.products.printSemen.id]
        await api.post(`/admin/sellers/${cap.id}/suspend`, { reason: "Pemeriksaan" }, bearer(operator))
        const after = await catalog("")
        expect(after.count).toBe(3)
        expect(after.facets.seller.map((s) => s.value)).not.toContain("cap-uji")
        await eventually(() => indexedIds(getContainer(), capIds), (ids) => ids.length === 0)

        await api.post(`/admin/sellers/${cap.id}/reinstate`, {}, bearer(operator))
        await eventually(() => indexedIds(getContainer(), capIds), (ids) => ids.length === 2)
        expect((await catalog("")).count).toBe(5)
      })

      it("answers a repeated question the same way, and shows a renamed seller at once (the answer cache follows the seller table)", async () => {
        const label = (data: CatalogResponse, handle: string) => data.facets.seller.find((s) => s.value === handle)?.label
        const first = await catalog("technique=batik_tulis&sort=price_asc")
        // The same question again (lists in another order) is the same answer, not a different one.
        expect(await catalog("sort=price_asc&technique=batik_tulis")).toEqual(first)
        const before = label(first, "sekar-uji")
        expect(before).toBeTruthy()
        const sellers = getContainer().resolve<SellerModuleService>(SELLER_MODULE)
        await sellers.updateSellers({ id: fx.sellers["sekar-uji"].id, name: "Sekar Uji Berganti Nama" })
        // Read straight after the write, before any index event could have run: the new name.
        expect(label(await catalog("technique=batik_tulis&sort=price_asc"), "sekar-uji")).toBe("Sekar Uji Berganti Nama")
      })

      it("drops an unpublished product from the index", async () => {
        const seller = fx.sellers["sekar-uji"]
        // Counted once before the change (the facet cache keeps these counts while the index is unchanged).
        expect(facet(await catalog("technique=batik_tulis"), "motifs")).toEqual({ jlamprang: 1, buketan: 1 })
        await updateSellerProductWorkflow(getContainer()).run({
          input: { seller_id: seller.id, product_id: fx.products.tulisBuketan.id, update: { status: "draft" }, en: {} },
        })
        await eventually(() => indexedIds(getContainer(), [fx.products.tulisBuketan.id]), (ids) => ids.length === 0)
        const after = await catalog("technique=batik_tulis")
        expect(handles(after)).toEqual([fx.products.tulisJlamprang.handle])
        // The same filters counted again after the index changed: the counts follow the index.
        expect(facet(after, "motifs")).toEqual({ jlamprang: 1 })
        expect(facet(after, "dye_family")).toEqual({ natural: 1 })
      })
    })

    describe("rebuilding the index", () => {
      it("rebuilds the same catalog from the database (the seed that fills a new index at start)", async () => {
        const search = getContainer().resolve<SearchTypes.ISearchModuleService>(Modules.SEARCH)
        const ids = Object.values(fx.products).map((p) => p.id)
        await search.deleteDocuments({ index: PRODUCT_INDEX, filters: { id: ids } })
        expect(await indexedIds(getContainer(), ids)).toEqual([])
        await search.reindex({ index: PRODUCT_INDEX, strategy: "in_place" })
        const rebuilt = await eventually(() => catalog("sort=price_asc&currency=usd"), (d) => d.count === 5)
        expect(rebuilt.hits.map((hit) => hit.price!.amount)).toEqual([6, 22, 40, 115, 160])
        expect(handles(rebuilt)).not.toContain(fx.products.draft.handle)
        expect(facet(rebuilt, "eco_tags")).toEqual({})
      })
    })

    describe("instant suggestions", () => {
      it("returns matching products (last word as a prefix) and vocabulary terms", async () => {
        const { data } = await api.get("/store/catalog/suggest?q=jlam", h())
        expect(data.products).toEqual([{ handle: fx.products.tulisJlamprang.handle, title: "Kain Batik Tulis Jlamprang Biru" }])
        expect(data.terms).toContainEqual({ facet: "motif", value: "jlamprang", label: "Jlamprang" })
        const en = await api.get("/store/catalog/suggest?q=hand&locale=en", h())
        expect(en.data.terms).toEqual(expect.arrayContaining([{ facet: "technique", value: "batik_tulis", label: "Hand-drawn batik (tulis)" }]))
        expect(en.data.products.length).toBeLessThanOrEqual(6)
        expect(en.data.terms.length).toBeLessThanOrEqual(4)
      })
    })

    describe("who can see what", () => {
      it("needs the publishable key, and shows shoppers and anonymous callers the same published pieces only", async () => {
        expect((await api.get("/store/catalog").catch(fail)).status).toBe(400)
        expect((await api.get("/store/catalog/suggest?q=batik").catch(fail)).status).toBe(400)
        const shopper = await customerToken(api)
        const asShopper = (await api.get("/store/catalog?q=rahasia", { headers: { ...h().headers, ...bearer(shopper).headers } })).data
        expect(asShopper.hits).toEqual([])
        expect(handles(await catalog("q=draf%20tulis%20jlamprang"))).not.toContain(fx.products.draft.handle)
        expect(handles(await catalog("limit=48"))).not.toContain(fx.products.draft.handle)
      })
    })

    describe("bad parameters", () => {
      it("answers 400 naming the field, in the caller's language", async () => {
        const bad = async (qs: string) => {
          const res = await api.get(`/store/catalog?${qs}`, h()).catch(fail)
          expect(res.status).toBe(400)
          return res.data
        }
        const unknown = await bad("technique=batik_tulis,batik_xyz&locale=en")
        expect(unknown.errors).toEqual([{ field: "technique", code: "unknown_filter_code", message: "This filter names a code the catalogue does not know." }])
        expect((await bad("motif=naga")).errors[0]).toEqual({ field: "motif", code: "unknown_filter_code", message: "Filter ini memuat kode yang tidak dikenal katalog." })
        // A link from before natural dyes stopped being an eco tag: a clear 400, never a 500
        expect((await bad("eco=natural_dyes")).errors[0]).toEqual(expect.objectContaining({ field: "eco", code: "unknown_filter_code" }))
        expect((await bad("limit=100")).errors[0].field).toBe("limit")
        expect((await bad("sort=cheapest")).errors[0].field).toBe("sort")
        expect((await bad("currency=eur")).errors[0].field).toBe("currency")
        expect((await bad("price_min=500&price_max=100")).errors[0]).toEqual(expect.objectContaining({ field: "price_min", code: "price_range_order" }))
        expect((await bad("price_min=murah")).errors[0].field).toBe("price_min")
        expect((await bad("seller=Not%20A%20Handle")).errors[0].field).toBe("seller")
        const res = await api.get("/store/catalog/suggest", h()).catch(fail)
        expect(res.status).toBe(400)
        expect(res.data.errors[0].field).toBe("q")
      })
    })
  },
})
