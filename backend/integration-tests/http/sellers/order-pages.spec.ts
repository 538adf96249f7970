import { beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import { seedCommerce } from "../../../src/scripts/seed/commerce"
import { adminToken, bearer, LISTING, signUpSeller } from "../../auth-helpers"
import { placeOrderThroughStore } from "../../fixtures"
import type { FieldError, SellerBody, WithId } from "../../api-types"

const fail = (e: { response?: unknown }) => e.response
type Seller = { token: string; seller: SellerBody; variant: string }
type Order = Awaited<ReturnType<typeof placeOrderThroughStore>>
type Page = { orders: { id: string; display_id: number; fulfillment_status: string; items: { title: string }[] }[]; count: number; limit: number; offset: number }
// The fixture places three orders through the store API, ships two parts and delivers one.
const SLOW = 240_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const page = async (token: string, search = "") => (await api.get(`/sellers/me/orders${search}`, bearer(token))).data as Page
    const ids = (p: Page) => p.orders.map((o) => o.id)

    async function approvedSellerWithPiece(email: string, handle: string, title: string): Promise<Seller> {
      const { token, seller } = await signUpSeller(api, email, handle, handle)
      await getContainer().resolve<SellerModuleService>(SELLER_MODULE).updateSellers({ id: seller.id, status: "approved" })
      const listing = { ...LISTING, status: "published", title: { id: title, en: title }, variants: [{ size: "250x105", prices: { idr: 500_000, usd: 35 }, stock: 10 }] }
      const { data: { product } } = await api.post("/sellers/me/products", listing, bearer(token))
      return { token, seller, variant: product.variants[0].id }
    }

    describe("paging, sorting, search and the part's status", () => {
      let a: Seller
      let b: Seller
      let first: Order // A only, A ships it
      let mixed: Order // A and B, only B ships
      let last: Order // A only, shipped and delivered

      beforeEach(async () => {
        const seeded = await seedCommerce(getContainer())
        const idr = seeded.regions.find((r) => r.currency_code === "idr")!
        a = await approvedSellerWithPiece("a@seller.test", "bengkel-a", "Kain Tulis A")
        b = await approvedSellerWithPiece("b@seller.test", "bengkel-b", "Kain Cap B")
        const place = (email: string, variants: string[]) => placeOrderThroughStore(api, seeded.publishableKey, {
          region_id: idr.id, email, items: variants.map((variant_id) => ({ variant_id, quantity: 1 })),
        })
        first = await place("budi@pembeli.test", [a.variant])
        mixed = await place("rina@pembeli.test", [a.variant, b.variant])
        last = await place("sari@toko.test", [a.variant])

        const operator = await adminToken(api, getContainer())
        for (const order of [first, mixed, last]) {
          const { data } = await api.get(`/admin/orders/${order.id}?fields=payment_collections.payments.id`, bearer(operator))
          for (const payment of data.order.payment_collections.flatMap((c: { payments: WithId[] }) => c.payments)) {
            await api.post(`/admin/payments/${payment.id}/capture`, {}, bearer(operator))
          }
        }
        await api.post(`/sellers/me/orders/${first.id}/fulfillments`, { tracking_number: "JP1000000001" }, bearer(a.token))
        await api.post(`/sellers/me/orders/${mixed.id}/fulfillments`, { tracking_number: "JP1000000002" }, bearer(b.token))
        const shipped = (await api.post(`/sellers/me/orders/${last.id}/fulfillments`, { tracking_number: "JP1000000003" }, bearer(a.token))).data.order
        await api.post(`/admin/orders/${last.id}/fulfillments/${shipped.fulfillments[0].id}/mark-as-delivered`, {}, bearer(operator))
      }, SLOW)

      it("pages, sorts, searches and filters in the database, each seller seeing and counting only its own orders", async () => {
        const all = await page(a.token)
        expect(all).toEqual(expect.objectContaining({ count: 3, limit: 20, offset: 0 }))
        expect(ids(all)).toEqual([last.id, mixed.id, first.id])
        expect(all.orders.find((o) => o.id === mixed.id)!.items.map((i) => i.title)).toEqual(["Kain Tulis A"])

        const second = await page(a.token, "?limit=1&offset=1")
        expect(second).toEqual(expect.objectContaining({ count: 3, limit: 1, offset: 1 }))
        expect(ids(second)).toEqual([mixed.id])
        expect(await page(a.token, "?offset=3")).toEqual(expect.objectContaining({ orders: [], count: 3 }))

        expect(ids(await page(a.token, "?order=created_at"))).toEqual([first.id, mixed.id, last.id])
        const byNumber = [first, mixed, last].sort((x, y) => x.display_id - y.display_id).map((o) => o.id)
        expect(ids(await page(a.token, "?order=display_id"))).toEqual(byNumber)
        expect(ids(await page(a.token, "?order=-display_id"))).toEqual([...byNumber].reverse())

        // the order number (with or without #) or part of the shopper's email
        expect(ids(await page(a.token, `?q=${mixed.display_id}`))).toEqual([mixed.id])
        expect(ids(await page(a.token, `?q=${encodeURIComponent(`#${last.display_id}`)}`))).toEqual([last.id])
        expect(ids(await page(a.token, "?q=SARI"))).toEqual([last.id])
        expect((await page(a.token, "?q=pembeli.test")).count).toBe(2)
        expect((await page(a.token, "?q=%25")).count).toBe(0)

        // the status is the seller's part's: B shipped its part of the mixed order, A did not
        const toShip = await page(a.token, "?status=not_fulfilled")
        expect([ids(toShip), toShip.orders[0].fulfillment_status]).toEqual([[mixed.id], "not_fulfilled"])
        expect(ids(await page(a.token, "?status=shipped"))).toEqual([first.id])
        const delivered = await page(a.token, "?status=delivered")
        expect([ids(delivered), delivered.count, delivered.orders[0].fulfillment_status]).toEqual([[last.id], 1, "delivered"])
        expect(ids(await page(a.token, "?status=shipped&q=rina"))).toEqual([])

        // isolation: B's list, search, filter and count hold only the order with B's piece
        const bAll = await page(b.token)
        expect([ids(bAll), bAll.count]).toEqual([[mixed.id], 1])
        expect(bAll.orders[0].items.map((i) => i.title)).toEqual(["Kain Cap B"])
        expect(ids(await page(b.token, "?status=shipped"))).toEqual([mixed.id])
        expect((await page(b.token, "?status=not_fulfilled")).count).toBe(0)
        expect((await page(b.token, "?q=budi")).count).toBe(0)
        expect((await page(b.token, `?q=${last.display_id}`)).count).toBe(0)
      }, SLOW)
    })

    describe("bad parameters", () => {
      it("answers 400 naming the field, in Indonesian or English, and never a 500", async () => {
        const { token } = await signUpSeller(api, "c@seller.test", "bengkel-c")
        const bad = async (search: string, headers: Record<string, string> = {}) => {
          const res = await api.get(`/sellers/me/orders${search}`, bearer(token, headers)).catch(fail)
          expect(res.status).toBe(400)
          return res.data as { message: string; errors: FieldError[] }
        }
        expect((await bad("?limit=1000")).errors).toEqual([{ field: "limit", code: "out_of_range", message: "Angka di luar batas yang masuk akal." }])
        expect((await bad("?offset=-1", { "x-medusa-locale": "en-US" })).message).toBe("offset: The number is outside a sensible range.")
        expect((await bad("?order=total", { "accept-language": "en" })).errors).toEqual([{ field: "order", code: "unknown_code", message: "Unknown choice." }])
        expect((await bad("?status=sent")).errors).toEqual([{ field: "status", code: "unknown_code", message: "Pilihan tidak dikenal." }])
        expect((await bad("?limit=2.5")).errors[0]).toEqual(expect.objectContaining({ field: "limit", code: "not_integer" }))
        expect(await page(token, "?q=&status=")).toEqual({ orders: [], count: 0, limit: 20, offset: 0 })
      })
    })
  },
})
