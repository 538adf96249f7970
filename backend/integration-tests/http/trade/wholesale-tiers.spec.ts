import { beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import { createStoreFixture } from "../../fixtures"
import { bearer, LISTING, signUpSeller } from "../../auth-helpers"
import type { FieldError, HttpError, SignedUpSeller, WithId } from "../../api-types"

type Tier = { min_quantity: number; max_quantity?: number; prices: { idr: number; usd: number } }
type Line = { id: string; variant_id: string; quantity: number; unit_price: number }
type CartBody = { id: string; items: Line[]; item_subtotal: number; total: number }
type StoreTier = { variant_id: string; min_quantity: number; max_quantity: number | null; amount: number; currency_code: string }
type StoreProduct = { id: string; trade: { wholesale: boolean; moq: number; tiers: StoreTier[] } | null; variants: { id: string; calculated_price: { calculated_amount: number } }[] }
type SellerPrice = { amount: number | string; currency_code: string; min_quantity: number | string | null; max_quantity: number | string | null }

const fail = <T = { errors: FieldError[]; code?: string; message: string }>(e: HttpError<T>) => e.response!

// Demo trade terms (made-up prices for tests, not market figures).
const TIERS: Tier[] = [
  { min_quantity: 10, max_quantity: 49, prices: { idr: 350_000, usd: 22 } },
  { min_quantity: 50, prices: { idr: 300_000, usd: 19 } },
]
const WHOLESALE = {
  ...LISTING, status: "published", hs_code: "520852", wholesale: true, min_order_quantity: 10,
  variants: [{ size: "250x105", prices: { idr: 400_000, usd: 25 }, stock: 100, tiers: TIERS }],
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let idr: WithId
    let usd: WithId
    let a: SignedUpSeller
    let b: SignedUpSeller
    let product: { id: string; variants: { id: string; prices: SellerPrice[] }[] }
    let variantId: string

    const store = (extra: Record<string, string> = {}) => ({ headers: { "x-publishable-api-key": key, ...extra } })
    const en = () => store({ "x-medusa-locale": "en-US" })

    beforeEach(async () => {
      const container = getContainer()
      const fixture = await createStoreFixture(container, [{ title: "Kain Lain", technique: "batik_cap" }])
      key = fixture.key
      idr = fixture.regions.find((r) => r.currency_code === "idr")!
      usd = fixture.regions.find((r) => r.currency_code === "usd")!
      a = await signUpSeller(api, "a@seller.test", "bengkel-a", "Bengkel A")
      b = await signUpSeller(api, "b@seller.test", "bengkel-b", "Bengkel B")
      const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
      await sellers.updateSellers([{ id: a.seller.id, status: "approved" }, { id: b.seller.id, status: "approved" }])
      const created = await api.post("/sellers/me/products", WHOLESALE, bearer(a.token))
      expect(created.status).toBe(201)
      product = created.data.product
      variantId = product.variants[0].id
    })

    const storeProduct = async (regionId: string) =>
      (await api.get(`/store/products/${product.id}?region_id=${regionId}&fields=*variants.calculated_price`, store())).data.product as StoreProduct
    const newCart = async () => (await api.post("/store/carts", { region_id: idr.id }, store())).data.cart as CartBody
    const addLine = (cartId: string, quantity: number, headers = store()) =>
      api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity }, headers)

    describe("a workshop sets wholesale terms", () => {
      it("stores tiers as Medusa prices with quantity ranges and the terms with the listing", async () => {
        const res = await api.get(`/sellers/me/products/${product.id}`, bearer(a.token))
        expect(res.data.product.metadata).toEqual(expect.objectContaining({ wholesale: true, min_order_quantity: 10, hs_code: "520852" }))
        const rows = (res.data.product.variants[0].prices as SellerPrice[])
          .map((p) => [p.currency_code, Number(p.amount), p.min_quantity === null ? null : Number(p.min_quantity), p.max_quantity === null ? null : Number(p.max_quantity)])
        expect(rows).toEqual(expect.arrayContaining([
          ["idr", 400_000, null, null], ["usd", 25, null, null],
          ["idr", 350_000, 10, 49], ["usd", 22, 10, 49], ["idr", 300_000, 50, null], ["usd", 19, 50, null],
        ]))
        expect(rows).toHaveLength(6)
      })

      it("shows shoppers the minimum and the tiers in the region's currency", async () => {
        const inRupiah = await storeProduct(idr.id)
        expect(inRupiah.trade).toEqual({
          wholesale: true, moq: 10,
          tiers: [
            { variant_id: variantId, min_quantity: 10, max_quantity: 49, amount: 350_000, currency_code: "idr" },
            { variant_id: variantId, min_quantity: 50, max_quantity: null, amount: 300_000, currency_code: "idr" },
          ],
        })
        // Without a quantity the variant's own (single-piece) price is the one shown.
        expect(inRupiah.variants[0].calculated_price.calculated_amount).toBe(400_000)
        const inDollars = await storeProduct(usd.id)
        expect(inDollars.trade?.tiers.map((t) => [t.min_quantity, t.amount, t.currency_code])).toEqual([[10, 22, "usd"], [50, 19, "usd"]])
        // A listing without terms says so.
        const list = await api.get(`/store/products?region_id=${idr.id}`, store())
        const other = (list.data.products as StoreProduct[]).find((p) => p.id !== product.id)!
        expect(other.trade).toBeNull()
      })

      it("refuses wholesale without the HS code, naming the field, in the seller's language", async () => {
        const { hs_code: _, ...noHs } = WHOLESALE
        const res = await api.post("/sellers/me/products", { ...noHs, title: { id: "Kain Grosir Tanpa HS" } }, bearer(a.token, { "x-medusa-locale": "en-US" })).catch(fail)
        expect(res.status).toBe(400)
        expect(res.data.errors).toEqual([{ field: "hs_code", code: "hs_code_required_wholesale", message: "Wholesale needs the listing's HS code: add it first." }])

        // Turning wholesale on for a listing without an HS code is refused the same way.
        const plain = (await api.post("/sellers/me/products", { ...LISTING, title: { id: "Kain Eceran" } }, bearer(a.token))).data.product
        const edit = await api.post(`/sellers/me/products/${plain.id}`, { wholesale: true }, bearer(a.token)).catch(fail)
        expect(edit.status).toBe(400)
        expect(edit.data.errors).toEqual([expect.objectContaining({ field: "hs_code", code: "hs_code_required_wholesale", message: "Penjualan grosir memerlukan kode HS produk: isi dulu kode HS-nya." })])
        const moq = await api.post(`/sellers/me/products/${plain.id}`, { min_order_quantity: 5 }, bearer(a.token)).catch(fail)
        expect(moq.data.errors).toEqual([expect.objectContaining({ field: "min_order_quantity", code: "moq_needs_wholesale" })])
      })

      it("refuses overlapping, gapped, rising or non-ascending tiers, naming the tier's field", async () => {
        const withTiers = (tiers: unknown[]) => api.post("/sellers/me/products",
          { ...WHOLESALE, title: { id: "Kain Grosir Salah" }, variants: [{ ...WHOLESALE.variants[0], tiers }] }, bearer(a.token, { "x-medusa-locale": "en-US" })).catch(fail)
        const overlap = await withTiers([{ min_quantity: 10, max_quantity: 49, prices: { idr: 350_000, usd: 22 } }, { min_quantity: 40, prices: { idr: 300_000, usd: 19 } }])
        expect(overlap.status).toBe(400)
        expect(overlap.data.errors).toEqual([expect.objectContaining({ field: "variants.0.tiers.1.min_quantity", code: "tier_overlap", message: expect.stringContaining("overlap") })])
        const descending = await withTiers([{ min_quantity: 50, prices: { idr: 300_000, usd: 19 } }, { min_quantity: 10, max_quantity: 49, prices: { idr: 350_000, usd: 22 } }])
        expect(descending.data.errors).toEqual(expect.arrayContaining([
          expect.objectContaining({ field: "variants.0.tiers.0.max_quantity", code: "tier_open_not_last" }),
          expect.objectContaining({ field: "variants.0.tiers.1.prices.idr", code: "tier_price_rises" }),
        ]))
        const gap = await withTiers([{ min_quantity: 10, max_quantity: 49, prices: { idr: 350_000, usd: 22 } }, { min_quantity: 60, prices: { idr: 300_000, usd: 19 } }])
        expect(gap.data.errors).toEqual([expect.objectContaining({ field: "variants.0.tiers.1.min_quantity", code: "tier_gap" })])
        const dearer = await withTiers([{ min_quantity: 10, prices: { idr: 450_000, usd: 22 } }])
        expect(dearer.data.errors).toEqual([expect.objectContaining({ field: "variants.0.tiers.0.prices.idr", code: "tier_price_rises" })])
        const free = await withTiers([{ min_quantity: 10, prices: { idr: 0, usd: 22 } }])
        expect(free.data.errors).toEqual([expect.objectContaining({ field: "variants.0.tiers.0.prices.idr", code: "out_of_range" })])
      })

      it("edits a variant's tiers and keeps them against a lowered price", async () => {
        const edited = await api.post(`/sellers/me/products/${product.id}/variants/${variantId}`,
          { tiers: [{ min_quantity: 20, prices: { idr: 320_000, usd: 20 } }] }, bearer(a.token))
        expect(edited.status).toBe(200)
        expect((await storeProduct(idr.id)).trade?.tiers).toEqual([{ variant_id: variantId, min_quantity: 20, max_quantity: null, amount: 320_000, currency_code: "idr" }])
        // A new own price below a kept tier would make the tier dead: refused on the price field.
        const lowered = await api.post(`/sellers/me/products/${product.id}/variants/${variantId}`, { prices: { idr: 310_000 } }, bearer(a.token)).catch(fail)
        expect(lowered.status).toBe(400)
        expect(lowered.data.errors).toEqual([expect.objectContaining({ field: "prices.idr", code: "tier_price_rises" })])
        // An empty list removes the tiers; the own price stays.
        await api.post(`/sellers/me/products/${product.id}/variants/${variantId}`, { tiers: [] }, bearer(a.token))
        const after = await storeProduct(idr.id)
        expect(after.trade).toEqual({ wholesale: true, moq: 10, tiers: [] })
        expect(after.variants[0].calculated_price.calculated_amount).toBe(400_000)
      })

      it("another workshop can neither read nor change these terms", async () => {
        const terms = await api.post(`/sellers/me/products/${product.id}`, { wholesale: false }, bearer(b.token)).catch(fail)
        expect(terms.status).toBe(404)
        const tiers = await api.post(`/sellers/me/products/${product.id}/variants/${variantId}`, { tiers: [] }, bearer(b.token)).catch(fail)
        expect(tiers.status).toBe(404)
        expect((await storeProduct(idr.id)).trade?.tiers).toHaveLength(2)
        expect((await storeProduct(idr.id)).trade?.moq).toBe(10)
      })

      it("turning wholesale off drops the minimum", async () => {
        await api.post(`/sellers/me/products/${product.id}`, { wholesale: false }, bearer(a.token))
        expect((await storeProduct(idr.id)).trade).toEqual(expect.objectContaining({ wholesale: false, moq: 1 }))
        const cart = await newCart()
        expect((await addLine(cart.id, 2)).status).toBe(200)
      })
    })

    describe("the cart prices each line by its quantity", () => {
      it("12 pieces get the 10–49 unit price, 50 the next tier, and the total follows", async () => {
        const cart = await newCart()
        const added = (await addLine(cart.id, 12)).data.cart as CartBody
        expect(added.items[0]).toEqual(expect.objectContaining({ quantity: 12, unit_price: 350_000 }))
        expect(added.item_subtotal).toBe(4_200_000)
        expect(added.total).toBe(4_200_000)

        const more = (await api.post(`/store/carts/${cart.id}/line-items/${added.items[0].id}`, { quantity: 50 }, store())).data.cart as CartBody
        expect(more.items[0]).toEqual(expect.objectContaining({ quantity: 50, unit_price: 300_000 }))
        expect(more.item_subtotal).toBe(15_000_000)

        // Adding to the line prices the whole line anew: 50 + 3 stays in the 50+ tier.
        const merged = (await addLine(cart.id, 3)).data.cart as CartBody
        expect(merged.items).toHaveLength(1)
        expect(merged.items[0]).toEqual(expect.objectContaining({ quantity: 53, unit_price: 300_000 }))
      })

      it("prices in dollars in the international region", async () => {
        const { data: { cart } } = await api.post("/store/carts", { region_id: usd.id }, store())
        const added = (await addLine(cart.id, 12)).data.cart as CartBody
        expect(added.items[0]).toEqual(expect.objectContaining({ unit_price: 22 }))
        expect(added.item_subtotal).toBe(264)
      })

      it("refuses a unit price sent by the client; the line keeps the catalogue's price for its quantity", async () => {
        const cart = await newCart()
        const sent = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 12, unit_price: 1 }, store()).catch(fail)
        expect(sent.status).toBe(400)
        expect(sent.data.errors).toEqual([expect.objectContaining({ field: "unit_price", code: "price_readonly" })])
        const line = ((await addLine(cart.id, 12)).data.cart as CartBody).items[0]
        const update = await api.post(`/store/carts/${cart.id}/line-items/${line.id}`, { quantity: 50, unit_price: 1 }, store()).catch(fail)
        expect(update.status).toBe(400)
        const kept = (await api.get(`/store/carts/${cart.id}`, store())).data.cart as CartBody
        expect(kept.items[0]).toEqual(expect.objectContaining({ quantity: 12, unit_price: 350_000 }))
      })

      it("refuses a line below the minimum, adding or updating, naming the minimum in id and en", async () => {
        const cart = await newCart()
        const few = await addLine(cart.id, 3).catch(fail)
        expect(few.status).toBe(400)
        expect(few.data.code).toBe("below_moq")
        expect(few.data.errors).toEqual([expect.objectContaining({ field: "quantity", code: "below_moq", message: `${LISTING.title.id} dijual grosir: pesan minimal 10 buah.` })])
        const fewEn = await addLine(cart.id, 9, en()).catch(fail)
        expect(fewEn.data.errors[0].message).toBe(`${LISTING.title.id} is sold wholesale: order at least 10 pieces.`)
        expect(((await api.get(`/store/carts/${cart.id}`, store())).data.cart as CartBody).items).toHaveLength(0)

        const line = ((await addLine(cart.id, 10)).data.cart as CartBody).items[0]
        const down = await api.post(`/store/carts/${cart.id}/line-items/${line.id}`, { quantity: 4 }, en()).catch(fail)
        expect(down.status).toBe(400)
        expect(down.data.errors).toEqual([expect.objectContaining({ field: "quantity", code: "below_moq", message: expect.stringContaining("at least 10") })])
        expect(((await api.get(`/store/carts/${cart.id}`, store())).data.cart as CartBody).items[0].quantity).toBe(10)
        // Removing the line is always allowed.
        const removed = await api.delete(`/store/carts/${cart.id}/line-items/${line.id}`, store())
        expect(removed.data.parent.items).toHaveLength(0)
      })

      it("refuses a new cart created with a line below the minimum", async () => {
        const res = await api.post("/store/carts", { region_id: idr.id, items: [{ variant_id: variantId, quantity: 2 }] }, en()).catch(fail)
        expect(res.status).toBe(400)
        expect(res.data.errors).toEqual([expect.objectContaining({ field: "items.0.quantity", code: "below_moq", message: expect.stringContaining("at least 10") })])
      })
    })
  },
})
