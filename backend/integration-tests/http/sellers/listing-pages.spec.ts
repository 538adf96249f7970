import { beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import { bearer, LISTING, signUpSeller } from "../../auth-helpers"
import type { FieldError, SignedUpSeller } from "../../api-types"

const fail = (e: { response?: unknown }) => e.response
type Listed = { id: string; title: string; handle: string; status: string }
type Page = { products: Listed[]; count: number; limit: number; offset: number }

// Created in this order, so newest first is the reverse.
const A_PIECES = [
  { title: "Kain Parang Biru", sku: "PRG-001", status: "draft" },
  { title: "Kain Kawung Merah", sku: "KWG-002", status: "published" },
  { title: "Selendang Sogan", sku: "SLD-003", status: "published" },
  { title: "Kain Parang Hijau", sku: "PRG-004", status: "draft" },
  { title: "Batik Mega Mendung", sku: "MMD-005", status: "published" },
]
const B_PIECES = [
  { title: "Kain Parang Emas", sku: "PRG-900", status: "published" },
  { title: "Kain Bengkel B", sku: "BB-901", status: "draft" },
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let a: SignedUpSeller
    let b: SignedUpSeller
    let aIds: string[]

    async function list(piece: (typeof A_PIECES)[number], token: string) {
      const body = { ...LISTING, status: piece.status, title: { id: piece.title, en: piece.title }, variants: [{ ...LISTING.variants[0], sku: piece.sku }] }
      return (await api.post("/sellers/me/products", body, bearer(token))).data.product as Listed
    }
    const page = async (token: string, search = "") => (await api.get(`/sellers/me/products${search}`, bearer(token))).data as Page
    const titles = (p: Page) => p.products.map((x) => x.title)

    beforeEach(async () => {
      a = await signUpSeller(api, "a@seller.test", "bengkel-a", "Bengkel A")
      b = await signUpSeller(api, "b@seller.test", "bengkel-b", "Bengkel B")
      await getContainer().resolve<SellerModuleService>(SELLER_MODULE).updateSellers([{ id: a.seller.id, status: "approved" }, { id: b.seller.id, status: "approved" }])
      aIds = []
      for (const piece of A_PIECES) aIds.push((await list(piece, a.token)).id)
      for (const piece of B_PIECES) await list(piece, b.token)
    })

    describe("paging and sorting", () => {
      it("answers a page, newest first by default, with the count of the seller's listings only", async () => {
        const all = await page(a.token)
        expect(all).toEqual(expect.objectContaining({ count: 5, limit: 20, offset: 0 }))
        expect(titles(all)).toEqual(A_PIECES.map((p) => p.title).reverse())
        // the fields current callers read are still there
        expect(all.products[0]).toEqual(expect.objectContaining({ id: aIds[4], status: "published", variants: [expect.objectContaining({ sku: "MMD-005" })], translations: { en: expect.objectContaining({ title: "Batik Mega Mendung" }) } }))

        const second = await page(a.token, "?limit=2&offset=2")
        expect(second).toEqual(expect.objectContaining({ count: 5, limit: 2, offset: 2 }))
        expect(titles(second)).toEqual(["Selendang Sogan", "Kain Kawung Merah"])
        expect(titles(await page(a.token, "?limit=2&offset=4"))).toEqual(["Kain Parang Biru"])
        const past = await page(a.token, "?limit=2&offset=10")
        expect(past).toEqual(expect.objectContaining({ products: [], count: 5 }))
      })

      it("sorts by title, by age and by the latest edit", async () => {
        const byTitle = ["Batik Mega Mendung", "Kain Kawung Merah", "Kain Parang Biru", "Kain Parang Hijau", "Selendang Sogan"]
        expect(titles(await page(a.token, "?order=title"))).toEqual(byTitle)
        expect(titles(await page(a.token, "?order=-title"))).toEqual([...byTitle].reverse())
        expect(titles(await page(a.token, "?order=created_at&limit=2"))).toEqual(["Kain Parang Biru", "Kain Kawung Merah"])

        await api.post(`/sellers/me/products/${aIds[1]}`, { description: { id: "Diperbarui." } }, bearer(a.token))
        expect(titles(await page(a.token, "?order=-updated_at&limit=1"))).toEqual(["Kain Kawung Merah"])
        expect(titles(await page(a.token, "?order=updated_at")).at(-1)).toBe("Kain Kawung Merah")
      })
    })

    describe("search and status", () => {
      it("finds listings by title, handle or SKU, filters by status, and never shows another seller's", async () => {
        const parang = await page(a.token, "?q=parang")
        expect(parang.count).toBe(2)
        expect(titles(parang)).toEqual(["Kain Parang Hijau", "Kain Parang Biru"])
        expect(titles(await page(a.token, "?q=kwg-002"))).toEqual(["Kain Kawung Merah"])
        const { handle } = (await page(a.token, "?q=Sogan")).products[0]
        expect(titles(await page(a.token, `?q=${encodeURIComponent(handle)}`))).toEqual(["Selendang Sogan"])
        // wildcards match only themselves
        expect((await page(a.token, "?q=%25")).count).toBe(0)
        expect((await page(a.token, "?q=PRG_")).count).toBe(0)

        const published = await page(a.token, "?status=published")
        expect(published.count).toBe(3)
        expect(published.products.every((p) => p.status === "published")).toBe(true)
        expect(titles(await page(a.token, "?status=draft&q=parang&order=title"))).toEqual(["Kain Parang Biru", "Kain Parang Hijau"])
        // an empty box and "all statuses" are no filter
        expect((await page(a.token, "?q=&status=")).count).toBe(5)

        // isolation: B's search, status and count see only B's listings
        expect((await page(b.token)).count).toBe(2)
        expect(titles(await page(b.token, "?q=parang"))).toEqual(["Kain Parang Emas"])
        expect((await page(b.token, "?q=PRG-001")).count).toBe(0)
        expect((await page(a.token, "?q=PRG-900")).count).toBe(0)
        expect((await page(b.token, "?status=draft")).products.map((p) => p.title)).toEqual(["Kain Bengkel B"])
      })
    })

    describe("bad parameters", () => {
      it("answers 400 naming the field, in Indonesian or English, and never a 500", async () => {
        const bad = async (search: string, headers: Record<string, string> = {}) => {
          const res = await api.get(`/sellers/me/products${search}`, bearer(a.token, headers)).catch(fail)
          expect(res.status).toBe(400)
          return res.data as { message: string; errors: FieldError[] }
        }
        expect((await bad("?limit=0")).errors).toEqual([{ field: "limit", code: "out_of_range", message: "Angka di luar batas yang masuk akal." }])
        const big = await bad("?limit=1000", { "x-medusa-locale": "en-US" })
        expect(big.errors).toEqual([{ field: "limit", code: "out_of_range", message: "The number is outside a sensible range." }])
        expect(big.message).toBe("limit: The number is outside a sensible range.")
        expect((await bad("?offset=-1", { "accept-language": "en-US,en;q=0.8" })).errors).toEqual([{ field: "offset", code: "out_of_range", message: "The number is outside a sensible range." }])
        expect((await bad("?limit=abc")).errors[0]).toEqual(expect.objectContaining({ field: "limit", code: "invalid" }))
        expect((await bad("?order=price")).errors).toEqual([{ field: "order", code: "unknown_code", message: "Pilihan tidak dikenal." }])
        expect((await bad("?order=price", { "x-medusa-locale": "en-US" })).message).toBe("order: Unknown choice.")
        expect((await bad("?status=archived")).errors[0]).toEqual(expect.objectContaining({ field: "status", code: "unknown_code" }))
        expect((await bad(`?q=${"x".repeat(101)}`)).errors[0]).toEqual(expect.objectContaining({ field: "q", code: "too_long" }))
        expect((await bad("?q[$ne]=x")).errors[0]).toEqual(expect.objectContaining({ field: "q", code: "invalid" }))
      })
    })
  },
})
