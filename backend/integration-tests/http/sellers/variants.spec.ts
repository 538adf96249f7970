import { beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import { createStoreFixture } from "../../fixtures"
import { bearer, customerToken, LISTING, signUpSeller } from "../../auth-helpers"
import type { FieldError, ProductBody, SignedUpSeller, StoreVariant, VariantBody, WithId } from "../../api-types"

const fail = (e: { response?: unknown }) => e.response
const priceOf = (variant: VariantBody, currency: string) => Number(variant.prices.find((p) => p.currency_code === currency)?.amount)
const stockOf = (variant: VariantBody) => variant.inventory_items[0].inventory.location_levels[0].stocked_quantity

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let idr: WithId
    let a: SignedUpSeller
    let b: SignedUpSeller
    let product: ProductBody
    let locationId: string

    beforeEach(async () => {
      const container = getContainer()
      const fixture = await createStoreFixture(container, [{ title: "Kain Lain", technique: "batik_cap" }])
      key = fixture.key
      idr = fixture.regions.find((r) => r.currency_code === "idr")!
      a = await signUpSeller(api, "a@seller.test", "bengkel-a", "Bengkel A")
      b = await signUpSeller(api, "b@seller.test", "bengkel-b", "Bengkel B")
      await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellers({ id: a.seller.id, status: "approved" })
      product = (await api.post("/sellers/me/products", { ...LISTING, status: "published" }, bearer(a.token))).data.product
      // The seller's pieces are stocked at its own stock location (link seller ↔ stock_location).
      const { data: [seller] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "seller", fields: ["stock_location.id"], filters: { id: a.seller.id } })
      locationId = (seller as { stock_location: WithId }).stock_location.id
    })

    const storeVariants = async () => {
      const res = await api.get(`/store/products?id[]=${product.id}&region_id=${idr.id}&fields=*variants.calculated_price,+variants.inventory_quantity`,
        { headers: { "x-publishable-api-key": key } })
      return res.data.products[0].variants as StoreVariant[]
    }

    describe("listing several variants at once", () => {
      it("stocks each variant with the quantity entered for it, whatever order the database returns them in", async () => {
        const sizes = [["150x105", 7], ["200x110", 1], ["250x105", 4], ["300x115", 0], ["100x100", 9]] as const
        const res = await api.post("/sellers/me/products", {
          ...LISTING, title: { id: "Kain Uji Banyak Ukuran", en: "Many sizes test cloth" },
          variants: sizes.map(([size, stock], i) => ({ size, sku: `SZ-${i}`, prices: { idr: 1_000_000 + i, usd: 60 + i }, stock })),
        }, bearer(a.token))
        expect(res.status).toBe(201)
        const stocked = Object.fromEntries((res.data.product.variants as (VariantBody & { sku: string })[]).map((v) => [v.sku, stockOf(v)]))
        expect(stocked).toEqual(Object.fromEntries(sizes.map(([, stock], i) => [`SZ-${i}`, stock])))
      })
    })

    describe("editing a variant", () => {
      it("changes a price and restocks a piece, and shoppers see both", async () => {
        const variantId = product.variants[0].id
        const before = (await storeVariants())[0]
        expect(before.calculated_price.calculated_amount).toBe(1_500_000)
        expect(before.inventory_quantity).toBe(2)

        const res = await api.post(`/sellers/me/products/${product.id}/variants/${variantId}`, { prices: { idr: 1_750_000 }, stock: 5 }, bearer(a.token))
        expect(res.status).toBe(200)
        const edited = res.data.product.variants.find((v: VariantBody) => v.id === variantId)
        expect(priceOf(edited, "idr")).toBe(1_750_000)
        expect(priceOf(edited, "usd")).toBe(95) // the other currency is kept
        expect(stockOf(edited)).toBe(5)

        const after = (await storeVariants())[0]
        expect(after.calculated_price.calculated_amount).toBe(1_750_000)
        expect(after.inventory_quantity).toBe(5)
      })

      it("keeps reservations and refuses a stock below what is reserved", async () => {
        const variantId = product.variants[0].id
        const inventory = getContainer().resolve(Modules.INVENTORY)
        const itemId = product.variants[0].inventory_items[0].inventory_item_id ?? (await inventory.listInventoryLevels({ location_id: locationId }))[0].inventory_item_id
        await inventory.createReservationItems([{ inventory_item_id: itemId, location_id: locationId, quantity: 2 }])

        const low = await api.post(`/sellers/me/products/${product.id}/variants/${variantId}`, { stock: 1 }, bearer(a.token, { "x-medusa-locale": "en-US" })).catch(fail)
        expect(low.status).toBe(400)
        expect(low.data.errors).toEqual([{ field: "stock", code: "out_of_range", message: "The number is outside a sensible range." }])

        const ok = await api.post(`/sellers/me/products/${product.id}/variants/${variantId}`, { stock: 6 }, bearer(a.token))
        expect(stockOf(ok.data.product.variants[0])).toBe(6)
        const [level] = await inventory.listInventoryLevels({ inventory_item_id: itemId, location_id: locationId })
        expect(Number(level.reserved_quantity)).toBe(2)
        expect(Number(level.stocked_quantity)).toBe(6)
        expect((await storeVariants())[0].inventory_quantity).toBe(4)

        // A variant that open orders hold is not deleted (its stock and reservations stay)
        const other = (await api.post(`/sellers/me/products/${product.id}/variants`, { size: "100x100", prices: { idr: 500_000 }, stock: 1 }, bearer(a.token))).data.product
        expect(other.variants).toHaveLength(2)
        const held = await api.delete(`/sellers/me/products/${product.id}/variants/${variantId}`, bearer(a.token)).catch(fail)
        expect(held.status).toBe(409)
        expect(held.data.errors).toEqual([expect.objectContaining({ field: "variant_id", code: "variant_reserved",
          message: "Varian ini masih dipesan pembeli. Varian bisa dihapus setelah pesanan selesai atau dibatalkan." })])
        expect((await api.get(`/sellers/me/products/${product.id}`, bearer(a.token))).data.product.variants).toHaveLength(2)
        expect(Number((await inventory.listInventoryLevels({ inventory_item_id: itemId }))[0].reserved_quantity)).toBe(2)
      })

      it("adds a variant, edits its colour and SKU, deletes one, and keeps the last one", async () => {
        const added = await api.post(`/sellers/me/products/${product.id}/variants`,
          { size: "200x105", colour: "Indigo", sku: "JL-200", prices: { idr: 900_000, usd: 57.5 }, stock: 4 }, bearer(a.token))
        expect(added.status).toBe(201)
        expect(added.data.product.variants).toHaveLength(2)
        const fresh = added.data.product.variants.find((v: VariantBody) => v.sku === "JL-200")
        expect(fresh.title).toBe("200x105 / Indigo")
        expect(priceOf(fresh, "idr")).toBe(900_000)
        expect(priceOf(fresh, "usd")).toBe(57.5)
        expect(stockOf(fresh)).toBe(4)
        const shop = await storeVariants()
        expect(shop.find((v) => v.id === fresh.id)).toEqual(expect.objectContaining({ inventory_quantity: 4, calculated_price: expect.objectContaining({ calculated_amount: 900_000 }) }))

        // Same size and colour, or a SKU already in use, is refused and adds nothing
        const twin = await api.post(`/sellers/me/products/${product.id}/variants`, { size: "200x105", colour: "Indigo", prices: { idr: 1 }, stock: 1 }, bearer(a.token)).catch(fail)
        expect(twin.status).toBe(400)
        expect(twin.data.errors).toEqual([expect.objectContaining({ field: "size", code: "variant_duplicate" })])
        const sku = await api.post(`/sellers/me/products/${product.id}/variants`, { size: "100x100", sku: "JL-200", prices: { idr: 1 }, stock: 1 }, bearer(a.token)).catch(fail)
        expect(sku.data.errors).toEqual([expect.objectContaining({ field: "sku", code: "sku_taken" })])
        expect((await api.get(`/sellers/me/products/${product.id}`, bearer(a.token))).data.product.variants).toHaveLength(2)

        // A partial edit changes only what is sent: the size stays when the colour changes
        const recoloured = await api.post(`/sellers/me/products/${product.id}/variants/${fresh.id}`, { colour: "Soga", sku: "JL-200-S" }, bearer(a.token))
        const again = recoloured.data.product.variants.find((v: VariantBody) => v.id === fresh.id)
        expect(again).toEqual(expect.objectContaining({ title: "200x105 / Soga", sku: "JL-200-S" }))
        expect(priceOf(again, "idr")).toBe(900_000)
        expect(stockOf(again)).toBe(4)

        const removed = await api.delete(`/sellers/me/products/${product.id}/variants/${product.variants[0].id}`, bearer(a.token))
        expect(removed.status).toBe(200)
        expect(removed.data.product.variants.map((v: VariantBody) => v.id)).toEqual([fresh.id])
        expect((await storeVariants()).map((v) => v.id)).toEqual([fresh.id])

        const last = await api.delete(`/sellers/me/products/${product.id}/variants/${fresh.id}`, bearer(a.token, { "x-medusa-locale": "en-US" })).catch(fail)
        expect(last.status).toBe(409)
        expect(last.data.code).toBe("last_variant")
        expect(last.data.errors).toEqual([{ field: "variant_id", code: "last_variant", message: "A listing needs at least one variant. Add another before removing this one." }])
        expect((await api.get(`/sellers/me/products/${product.id}`, bearer(a.token))).data.product.variants).toHaveLength(1)
      })

      it("names the field of a bad price or stock, in the caller's language, and changes nothing", async () => {
        const url = `/sellers/me/products/${product.id}/variants/${product.variants[0].id}`
        const price = await api.post(url, { prices: { idr: -5 } }, bearer(a.token, { "x-medusa-locale": "en-US" })).catch(fail)
        expect(price.status).toBe(400)
        expect(price.data.errors).toEqual([{ field: "prices.idr", code: "out_of_range", message: "The number is outside a sensible range." }])
        const stock = await api.post(url, { stock: 1.5 }, bearer(a.token)).catch(fail)
        expect(stock.status).toBe(400)
        expect(stock.data.errors).toEqual([{ field: "stock", code: "not_integer", message: "Harus bilangan bulat." }])
        expect((await api.post(url, { stock: -1 }, bearer(a.token)).catch(fail)).data.errors[0]).toEqual(expect.objectContaining({ field: "stock", code: "out_of_range" }))
        expect((await api.post(url, { price: 5 }, bearer(a.token)).catch(fail)).data.errors[0]).toEqual(expect.objectContaining({ field: "price", code: "invalid" }))

        const add = await api.post(`/sellers/me/products/${product.id}/variants`, { size: "S", prices: { usd: 10 }, stock: "banyak" }, bearer(a.token)).catch(fail)
        expect(add.status).toBe(400)
        expect(add.data.errors.map((e: FieldError) => `${e.field}:${e.code}`).sort()).toEqual(["prices.idr:required", "stock:invalid"])

        const now = (await api.get(`/sellers/me/products/${product.id}`, bearer(a.token))).data.product
        expect(now.variants).toHaveLength(1)
        expect(priceOf(now.variants[0], "idr")).toBe(1_500_000)
        expect(stockOf(now.variants[0])).toBe(2)
      })
    })

    describe("who can change variants", () => {
      it("answers 404 to another seller on every variant route, and changes nothing", async () => {
        const variantId = product.variants[0].id
        const own = (await api.post("/sellers/me/products", LISTING, bearer(b.token))).data.product
        const urls = [`/sellers/me/products/${product.id}/variants/${variantId}`, `/sellers/me/products/${own.id}/variants/${variantId}`]
        expect((await api.post(`/sellers/me/products/${product.id}/variants`, { prices: { idr: 1 }, stock: 1 }, bearer(b.token)).catch(fail)).status).toBe(404)
        for (const url of urls) {
          expect((await api.post(url, { prices: { idr: 1 }, stock: 99 }, bearer(b.token)).catch(fail)).status).toBe(404)
          expect((await api.delete(url, bearer(b.token)).catch(fail)).status).toBe(404)
        }
        const mine = (await api.get(`/sellers/me/products/${product.id}`, bearer(a.token))).data.product
        expect(mine.variants).toHaveLength(1)
        expect(priceOf(mine.variants[0], "idr")).toBe(1_500_000)
        expect(stockOf(mine.variants[0])).toBe(2)
        // A suspended seller's listings are locked: 409 in the project's error shape
        await getContainer().resolve<SellerModuleService>(SELLER_MODULE).updateSellers({ id: a.seller.id, status: "suspended" })
        const locked = await api.post(`/sellers/me/products/${product.id}/variants/${variantId}`, { stock: 9 }, bearer(a.token, { "x-medusa-locale": "en-US" })).catch(fail)
        expect(locked.status).toBe(409)
        expect(locked.data.errors).toEqual([{ field: "seller", code: "status_locked", message: "Your shop's current status does not allow this change." }])
        expect((await api.post(`/sellers/me/products/${product.id}/variants`, { prices: { idr: 1 }, stock: 1 }, bearer(a.token)).catch(fail)).status).toBe(409)
        expect((await api.delete(`/sellers/me/products/${product.id}/variants/${variantId}`, bearer(a.token)).catch(fail)).status).toBe(409)
        // B's own listing still has only its own variant
        expect((await api.get(`/sellers/me/products/${own.id}`, bearer(b.token))).data.product.variants.map((v: VariantBody) => v.id)).toEqual([own.variants[0].id])
      })

      it("refuses shoppers and anonymous callers on every variant route", async () => {
        const shopper = await customerToken(api)
        const url = `/sellers/me/products/${product.id}/variants/${product.variants[0].id}`
        for (const config of [{}, bearer(shopper)]) {
          expect((await api.post(`/sellers/me/products/${product.id}/variants`, { prices: { idr: 1 }, stock: 1 }, config).catch(fail)).status).toBe(401)
          expect((await api.post(url, { stock: 99 }, config).catch(fail)).status).toBe(401)
          expect((await api.delete(url, config).catch(fail)).status).toBe(401)
        }
        expect(stockOf((await api.get(`/sellers/me/products/${product.id}`, bearer(a.token))).data.product.variants[0])).toBe(2)
      })
    })
  },
})
