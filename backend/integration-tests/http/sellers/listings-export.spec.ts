import { beforeEach, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import { bearer, LISTING, signUpSeller } from "../../auth-helpers"
import type { SignedUpSeller } from "../../api-types"

type Listed = { id: string; handle: string; variants: { id: string; sku: string }[] }
type Answer = { status: number; headers: Record<string, string>; bytes: Buffer; text: string; lines: string[] }

const ID_HEADERS = "Handle produk,Status,Judul (Indonesia),Judul (Inggris),Kode teknik,Kode HS,SKU varian,Nama varian,Harga (IDR),Harga (USD),Stok,Grosir,Pesanan minimum,Batas stok menipis"
const EN_HEADERS = "Product handle,Status,Title (Indonesian),Title (English),Technique code,HS code,Variant SKU,Variant title,Price (IDR),Price (USD),Stock,Wholesale,Minimum order,Low-stock threshold"
const FORMULA_TITLE = '=HYPERLINK("http://jahat.test","klik")'

/** Today in Indonesia (WIB), as the file name writes it. */
const todayWib = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date())

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let a: SignedUpSeller
    let b: SignedUpSeller
    let parang: Listed
    let formula: Listed

    /** The export as raw bytes (axios would strip the BOM from text), and its lines without the BOM. */
    async function exportCsv(token: string | null, search = "", headers: Record<string, string> = {}): Promise<Answer> {
      const config = { ...(token ? bearer(token, headers) : { headers }), responseType: "arraybuffer" as const }
      // A refusal is an answer to check, not a failure of the helper.
      const res = await api.get(`/sellers/me/products/export${search}`, config).catch((e: { response: Awaited<ReturnType<typeof api.get>> }) => e.response)
      const bytes = Buffer.from(res.data)
      const text = bytes.toString("utf8")
      return { status: res.status, headers: res.headers, bytes, text, lines: text.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean) }
    }

    beforeEach(async () => {
      a = await signUpSeller(api, "a@seller.test", "bengkel-a", "Bengkel A")
      b = await signUpSeller(api, "b@seller.test", "bengkel-b", "Bengkel B")
      await getContainer().resolve<SellerModuleService>(SELLER_MODULE).updateSellers([{ id: a.seller.id, status: "approved" }, { id: b.seller.id, status: "approved" }])
      // Oldest first: the export's default order is the list's, newest first.
      parang = (await api.post("/sellers/me/products", {
        ...LISTING, status: "published", title: { id: "Kain Parang Biru", en: "Blue Parang Cloth" },
        hs_code: "520852", wholesale: true, min_order_quantity: 3, low_stock_threshold: 4,
        variants: [
          { size: "250x105", sku: "PRG-001", prices: { idr: 1_500_000, usd: 95.5 }, stock: 2 },
          { size: "200x100", colour: "Biru, tua", sku: "PRG-002", prices: { idr: 1_200_000, usd: 80 }, stock: 5 },
        ],
      }, bearer(a.token))).data.product
      // Each variant's stock set by SKU: the create spreads `stock` over variants in its own order (see the report on issue #21).
      for (const [sku, stock] of [["PRG-001", 2], ["PRG-002", 5]] as const) {
        const variant = parang.variants.find((v) => v.sku === sku)!
        await api.post(`/sellers/me/products/${parang.id}/variants/${variant.id}`, { stock }, bearer(a.token))
      }
      formula = (await api.post("/sellers/me/products", {
        ...LISTING, status: "draft", title: { id: FORMULA_TITLE }, technique: "batik_cap",
        variants: [{ sku: "HYP-001", prices: { idr: 750_000 }, stock: 0 }],
      }, bearer(a.token))).data.product
      await api.post("/sellers/me/products", { ...LISTING, title: { id: "Kain Bengkel B", en: "Workshop B Cloth" }, variants: [{ ...LISTING.variants[0], sku: "BB-901" }] }, bearer(b.token))
    })

    it("answers a UTF-8 CSV with a BOM, Indonesian headers and one row per variant of the seller's own listings", async () => {
      const res = await exportCsv(a.token)
      expect(res.status).toBe(200)
      expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8")
      expect(res.headers["content-disposition"]).toBe(`attachment; filename="canting-listings-bengkel-a-${todayWib()}.csv"`)
      expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      expect(res.lines).toEqual([
        ID_HEADERS,
        // The formula title is neutralised with a leading quote, then quoted (it holds quotes and a comma).
        `${formula.handle},draft,"'=HYPERLINK(""http://jahat.test"",""klik"")",,batik_cap,,HYP-001,Standar,750000,,0,false,1,2`,
        // Variants by title.
        `${parang.handle},published,Kain Parang Biru,Blue Parang Cloth,batik_tulis,520852,PRG-002,"200x100 / Biru, tua",1200000,80,5,true,3,4`,
        `${parang.handle},published,Kain Parang Biru,Blue Parang Cloth,batik_tulis,520852,PRG-001,250x105,1500000,95.5,2,true,3,4`,
      ])
      expect(res.text).not.toContain("BB-901")
      expect(res.text).not.toContain("Kain Bengkel B")
    })

    it("gives the other seller only theirs", async () => {
      const res = await exportCsv(b.token)
      expect(res.status).toBe(200)
      expect(res.headers["content-disposition"]).toContain(`filename="canting-listings-bengkel-b-`)
      expect(res.lines).toHaveLength(2)
      expect(res.lines[1]).toContain(",Kain Bengkel B,Workshop B Cloth,")
      expect(res.text).not.toMatch(/PRG-00|HYP-001/)
    })

    it("writes the headers in English for an English request, by ?locale or x-medusa-locale", async () => {
      expect((await exportCsv(a.token, "?locale=en-US")).lines[0]).toBe(EN_HEADERS)
      expect((await exportCsv(a.token, "", { "x-medusa-locale": "en-US" })).lines[0]).toBe(EN_HEADERS)
      expect((await exportCsv(a.token, "", { "x-medusa-locale": "id-ID" })).lines[0]).toBe(ID_HEADERS)
    })

    it("applies the list's status and search filters and sort", async () => {
      const published = await exportCsv(a.token, "?status=published")
      expect(published.lines.slice(1).map((l) => l.split(",")[6])).toEqual(["PRG-002", "PRG-001"])
      const search = await exportCsv(a.token, "?q=hyp-001")
      expect(search.lines).toHaveLength(2)
      expect(search.lines[1]).toContain(",HYP-001,")
      const oldest = await exportCsv(a.token, "?order=created_at")
      expect(oldest.lines.slice(1).map((l) => l.split(",")[0])).toEqual([parang.handle, parang.handle, formula.handle])
      expect((await exportCsv(a.token, "?q=tidak-ada")).lines).toEqual([ID_HEADERS])
    })

    it("refuses an unknown filter with a translated 400 naming the field", async () => {
      const res = await exportCsv(a.token, "?status=archived&locale=en")
      expect(res.status).toBe(400)
      const body = JSON.parse(res.text)
      expect(body.errors).toEqual([expect.objectContaining({ field: "status", code: "unknown_code" })])
      expect(body.errors[0].message).toMatch(/[a-z]/i)
      const id = JSON.parse((await exportCsv(a.token, "?status=archived")).text)
      expect(id.errors[0].message).not.toBe(body.errors[0].message)
    })

    it("answers 401 without a token", async () => {
      const res = await exportCsv(null)
      expect(res.status).toBe(401)
      expect(res.text).not.toContain("PRG-001")
    })
  },
})
