import { beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import { seedCommerce } from "../../../src/scripts/seed/commerce"
import { adminToken, bearer, customerToken, LISTING, signUpSeller } from "../../auth-helpers"
import { placeOrderThroughStore } from "../../fixtures"
import { orderPlacedWorkflow } from "../../../src/workflows/order/workflows/order-placed"
import type { LineItemBody, NotificationRow, OrderPart, SellerBody, WithId } from "../../api-types"

const fail = (e: { response?: unknown }) => e.response
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

type Seller = { token: string; seller: SellerBody; variant: string }
type Order = Awaited<ReturnType<typeof placeOrderThroughStore>>
type Titled = { title: string }
type Shipped = NotificationRow<{ seller: { id: string }; items: Titled[] }>
type Placed = NotificationRow<{ display_id: number; payment: unknown; totals: unknown; sellers: { seller: { name: string }; items: Titled[]; subtotal: number; shipping: { amount: number } }[] }>
type NewOrder = NotificationRow<{ order_id: string; items: Titled[]; shipping: unknown }>
// Each test places two orders through the store API first; on a busy machine that takes a while.
const SLOW = 150_000
const itSlow = (name: string, fn: () => Promise<void>) => it(name, fn, SLOW)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let a: Seller
    let b: Seller
    let mixed: Order // one checkout with pieces from A and B
    let onlyA: Order // a checkout with A's piece only
    const store = (extra: Record<string, string> = {}) => ({ headers: { "x-publishable-api-key": key, ...extra } })

    /** Signs a workshop up, approves it and lists one published piece with stock 3. */
    async function approvedSellerWithPiece(email: string, handle: string, name: string, title: string, idr: number): Promise<Seller> {
      const { token, seller } = await signUpSeller(api, email, handle, name)
      await getContainer().resolve<SellerModuleService>(SELLER_MODULE).updateSellers({ id: seller.id, status: "approved" })
      const listing = { ...LISTING, status: "published", title: { id: title, en: title }, variants: [{ size: "250x105", prices: { idr, usd: 95 }, stock: 3 }] }
      const { data: { product } } = await api.post("/sellers/me/products", listing, bearer(token))
      return { token, seller, variant: product.variants[0].id }
    }

    /** Notifications are sent by the order.placed subscriber, after the checkout answers. */
    async function notifications(template: string, expected: number) {
      const service = getContainer().resolve(Modules.NOTIFICATION)
      for (let i = 0; i < 50; i++) {
        const found = await service.listNotifications({ template })
        if (found.length >= expected) return found
        await sleep(100)
      }
      return service.listNotifications({ template })
    }

    /** The operator captures the order's payment in the admin (for bank transfer: when the money arrived). */
    async function capturePayment(orderId: string) {
      const operator = await adminToken(api, getContainer(), "kasir@canting.test")
      const { data: { order } } = await api.get(`/admin/orders/${orderId}?fields=payment_collections.payments.id`, bearer(operator))
      for (const payment of order.payment_collections.flatMap((c: { payments: WithId[] }) => c.payments)) {
        await api.post(`/admin/payments/${payment.id}/capture`, {}, bearer(operator))
      }
    }

    beforeEach(async () => {
      const seeded = await seedCommerce(getContainer())
      key = seeded.publishableKey
      const idr = seeded.regions.find((r) => r.currency_code === "idr")!
      a = await approvedSellerWithPiece("a@seller.test", "bengkel-a", "Bengkel A", "Kain Tulis A", 1_500_000)
      b = await approvedSellerWithPiece("b@seller.test", "bengkel-b", "Bengkel B", "Kain Cap B", 400_000)
      mixed = await placeOrderThroughStore(api, key, {
        region_id: idr.id, email: "rina@pembeli.test", items: [{ variant_id: a.variant, quantity: 1 }, { variant_id: b.variant, quantity: 2 }],
      })
      onlyA = await placeOrderThroughStore(api, key, { region_id: idr.id, email: "budi@pembeli.test", items: [{ variant_id: a.variant, quantity: 1 }] })
    })

    describe("one checkout, several workshops", () => {
      itSlow("shows each seller only its own items and subtotal, newest first, and hides other orders", async () => {
        const listA = (await api.get("/sellers/me/orders", bearer(a.token))).data
        expect(listA).toEqual(expect.objectContaining({ count: 2, limit: 20, offset: 0 }))
        expect(listA.orders.map((o: WithId) => o.id)).toEqual([onlyA.id, mixed.id])
        const aPart = listA.orders[1]
        expect(aPart.items).toEqual([expect.objectContaining({ title: "Kain Tulis A", quantity: 1, unit_price: 1_500_000, total: 1_500_000, product_id: expect.any(String) })])
        expect(aPart).toEqual(expect.objectContaining({
          display_id: mixed.display_id, currency_code: "idr", email: "rina@pembeli.test", subtotal: 1_500_000,
          payment_status: "authorized", fulfillment_status: "not_fulfilled", fulfillments: [],
        }))
        expect(aPart.shipping_address).toEqual(expect.objectContaining({ city: "Kota Semarang", postal_code: "50132" }))

        const listB = (await api.get("/sellers/me/orders", bearer(b.token))).data
        expect(listB.count).toBe(1)
        expect(listB.orders[0].id).toBe(mixed.id)
        expect(listB.orders[0].items.map((i: LineItemBody) => [i.title, i.quantity])).toEqual([["Kain Cap B", 2]])
        expect(listB.orders[0].subtotal).toBe(800_000)

        // paging
        const page = (await api.get("/sellers/me/orders?limit=1&offset=1", bearer(a.token))).data
        expect(page).toEqual(expect.objectContaining({ count: 2, limit: 1, offset: 1 }))
        expect(page.orders.map((o: WithId) => o.id)).toEqual([mixed.id])

        // one order, by id
        expect((await api.get(`/sellers/me/orders/${mixed.id}`, bearer(b.token))).data.order.items).toHaveLength(1)
        const hidden = await api.get(`/sellers/me/orders/${onlyA.id}`, bearer(b.token)).catch(fail)
        expect(hidden.status).toBe(404)
        expect(hidden.data.errors[0]).toEqual(expect.objectContaining({ field: "id", code: "order_not_found" }))

        // the shopper's view by workshop
        const { data: { parts } } = await api.get(`/store/orders/${mixed.id}/parts`, store({ "x-canting-order-access": mixed.cart_id }))
        expect(parts.map((p: OrderPart) => [p.seller.handle, p.status, p.items.map((i) => i.title)])).toEqual([
          ["bengkel-a", "processing", ["Kain Tulis A"]], ["bengkel-b", "processing", ["Kain Cap B"]],
        ])
        expect(parts[0].seller).toEqual({ id: a.seller.id, handle: "bengkel-a", name: "Bengkel A" })
      })

      itSlow("ships only the seller's part with its tracking number; a second shipment is refused; the other seller ships its own", async () => {
        // nothing ships before the payment is captured
        const early = await api.post(`/sellers/me/orders/${mixed.id}/fulfillments`, { tracking_number: "JP1234567890" }, bearer(a.token, { "x-medusa-locale": "en-US" })).catch(fail)
        expect(early.status).toBe(409)
        expect(early.data).toEqual(expect.objectContaining({ code: "payment_not_captured", message: expect.stringMatching(/^The payment for this order has not been received/) }))
        expect(early.data.errors[0].field).toBe("payment_status")
        expect((await api.get(`/sellers/me/orders/${mixed.id}`, bearer(a.token))).data.order.fulfillments).toEqual([])
        await capturePayment(mixed.id)
        expect((await api.get(`/sellers/me/orders/${mixed.id}`, bearer(a.token))).data.order.payment_status).toBe("captured")

        // a double click: two requests at once ship once
        const body = { tracking_number: "JP1234567890", carrier: "JNE", tracking_url: "https://www.jne.co.id/tracking?resi=JP1234567890" }
        const both = await Promise.all([0, 1].map(() => api.post(`/sellers/me/orders/${mixed.id}/fulfillments`, body, bearer(a.token)).catch(fail)))
        expect(both.map((r) => r.status).sort()).toEqual([200, 409])
        const shipped = both.find((r) => r.status === 200)!
        expect(shipped.data.order.fulfillment_status).toBe("shipped")
        expect(shipped.data.order.fulfillments).toEqual([expect.objectContaining({
          tracking_number: "JP1234567890", carrier: "JNE", tracking_url: "https://www.jne.co.id/tracking?resi=JP1234567890", shipped_at: expect.any(String),
        })])

        // B's items untouched
        const bView = (await api.get(`/sellers/me/orders/${mixed.id}`, bearer(b.token))).data.order
        expect(bView.fulfillment_status).toBe("not_fulfilled")
        expect(bView.fulfillments).toEqual([])
        // the other order of A is untouched too
        expect((await api.get(`/sellers/me/orders/${onlyA.id}`, bearer(a.token))).data.order.fulfillment_status).toBe("not_fulfilled")

        let parts = (await api.get(`/store/orders/${mixed.id}/parts`, store({ "x-canting-order-access": mixed.cart_id }))).data.parts
        expect(parts[0]).toEqual(expect.objectContaining({ status: "shipped", tracking: [{ number: "JP1234567890", carrier: "JNE", url: "https://www.jne.co.id/tracking?resi=JP1234567890" }] }))
        expect(parts[1]).toEqual(expect.objectContaining({ status: "processing", tracking: [] }))

        const again = await api.post(`/sellers/me/orders/${mixed.id}/fulfillments`, { tracking_number: "JP999" }, bearer(a.token, { "x-medusa-locale": "en-US" })).catch(fail)
        expect(again.status).toBe(409)
        expect(again.data.code).toBe("already_fulfilled")
        expect(again.data.message).toBe("All of your items in this order have already been shipped.")
        expect((await api.get(`/sellers/me/orders/${mixed.id}`, bearer(a.token))).data.order.fulfillments).toHaveLength(1)

        const bShipped = await api.post(`/sellers/me/orders/${mixed.id}/fulfillments`, { tracking_number: "SCP-000111222" }, bearer(b.token))
        expect(bShipped.data.order.fulfillments).toEqual([expect.objectContaining({ tracking_number: "SCP-000111222", carrier: null, tracking_url: null })])
        parts = (await api.get(`/store/orders/${mixed.id}/parts`, store({ "x-canting-order-access": mixed.cart_id }))).data.parts
        expect(parts.map((p: OrderPart) => p.status)).toEqual(["shipped", "shipped"])

        // the shopper is told about each shipment, with the workshop and the tracking number
        const sent = await notifications("order-shipped", 2) as unknown as Shipped[]
        expect(sent).toHaveLength(2)
        const fromA = sent.find((n) => n.data.seller.id === a.seller.id)!
        expect(fromA).toEqual(expect.objectContaining({ to: "rina@pembeli.test", channel: "email" }))
        expect(fromA.data).toEqual(expect.objectContaining({ seller_name: "Bengkel A", tracking_number: "JP1234567890", carrier: "JNE", display_id: mixed.display_id }))
        expect(fromA.data.items.map((i) => i.title)).toEqual(["Kain Tulis A"])
      })

      itSlow("confirms the order to the shopper (grouped by workshop, bank transfer) and tells each workshop", async () => {
        const placed = await notifications("order-placed", 2) as unknown as Placed[]
        const rina = placed.find((n) => n.to === "rina@pembeli.test")!
        expect(rina.channel).toBe("email")
        expect(rina.data.display_id).toBe(mixed.display_id)
        expect(rina.data.payment).toEqual({ provider_id: "pp_system_default", bank_transfer: true })
        expect(rina.data.sellers.map((g) => [g.seller.name, g.items.map((i) => i.title), g.subtotal])).toEqual(expect.arrayContaining([
          ["Bengkel A", ["Kain Tulis A"], 1_500_000], ["Bengkel B", ["Kain Cap B"], 800_000],
        ]))
        // one shipping method per workshop: two flat domestic demo rates
        expect(rina.data.totals).toEqual({ item_subtotal: 2_300_000, shipping_total: 50_000, tax_total: 0, discount_total: 0, total: 2_350_000 })
        // each workshop's part says how it travels, and the parts' shipping adds up to the order's
        for (const g of rina.data.sellers) expect(g.shipping).toEqual({ name: expect.stringMatching(/\S/), amount: expect.any(Number) })
        expect(rina.data.sellers.reduce((sum: number, g) => sum + g.shipping.amount, 0)).toBe(50_000)

        const toSellers = await notifications("seller-new-order", 3) as unknown as NewOrder[]
        expect(toSellers.map((n) => `${n.to}:${n.data.order_id}`).sort()).toEqual(
          [`a@seller.test:${mixed.id}`, `a@seller.test:${onlyA.id}`, `b@seller.test:${mixed.id}`].sort())
        const toB = toSellers.find((n) => n.to === "b@seller.test")!
        expect(toB.data.items.map((i) => i.title)).toEqual(["Kain Cap B"])
        expect(toB.data.shipping).toEqual(rina.data.sellers.find((g) => g.seller.name === "Bengkel B")!.shipping)

        // running the order.placed work again links nothing twice and sends nothing twice
        const { result } = await orderPlacedWorkflow(getContainer()).run({ input: { order_id: mixed.id } })
        expect(result.created).toEqual([])
        expect(await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "seller-new-order" })).toHaveLength(3)
        expect((await api.get("/sellers/me/orders", bearer(b.token))).data.count).toBe(1)
      })
    })

    describe("bad input and who may do what", () => {
      itSlow("names the field of a bad tracking number, link or page size, in the caller's language, and ships nothing", async () => {
        const url = `/sellers/me/orders/${mixed.id}/fulfillments`
        const short = await api.post(url, { tracking_number: "ab" }, bearer(a.token, { "x-medusa-locale": "en-US" })).catch(fail)
        expect(short.status).toBe(400)
        expect(short.data.errors).toEqual([{ field: "tracking_number", code: "tracking_number_format", message: expect.stringMatching(/^The tracking number/) }])
        const missing = await api.post(url, { carrier: "JNE" }, bearer(a.token)).catch(fail)
        expect(missing.data.errors).toEqual([expect.objectContaining({ field: "tracking_number", code: "required" })])
        const link = await api.post(url, { tracking_number: "JP123456", tracking_url: "javascript:alert(1)" }, bearer(a.token)).catch(fail)
        expect(link.data.errors).toEqual([expect.objectContaining({ field: "tracking_url", code: "tracking_url_format", message: expect.stringMatching(/^Tautan/) })])
        const tooLong = await api.post(url, { tracking_number: "X".repeat(61) }, bearer(a.token)).catch(fail)
        expect(tooLong.data.errors[0]).toEqual(expect.objectContaining({ field: "tracking_number", code: "tracking_number_format" }))
        const limit = await api.get("/sellers/me/orders?limit=0", bearer(a.token)).catch(fail)
        expect(limit.status).toBe(400)
        expect(limit.data.errors[0]).toEqual(expect.objectContaining({ field: "limit", code: "out_of_range" }))
        expect((await api.get(`/sellers/me/orders/${mixed.id}`, bearer(a.token))).data.order.fulfillment_status).toBe("not_fulfilled")
      })

      itSlow("refuses anonymous callers, shoppers and operators, and answers 404 to another seller on every route", async () => {
        const shopper = await customerToken(api)
        const operator = await adminToken(api, getContainer())
        for (const config of [{}, bearer(shopper), bearer(operator)]) {
          expect((await api.get("/sellers/me/orders", config).catch(fail)).status).toBe(401)
          expect((await api.get(`/sellers/me/orders/${mixed.id}`, config).catch(fail)).status).toBe(401)
          expect((await api.post(`/sellers/me/orders/${mixed.id}/fulfillments`, { tracking_number: "JP123456" }, config).catch(fail)).status).toBe(401)
        }
        // B has no items in A's order: not found, whatever it tries, and nothing is shipped
        expect((await api.get(`/sellers/me/orders/${onlyA.id}`, bearer(b.token)).catch(fail)).status).toBe(404)
        expect((await api.post(`/sellers/me/orders/${onlyA.id}/fulfillments`, { tracking_number: "JP123456" }, bearer(b.token)).catch(fail)).status).toBe(404)
        expect((await api.get("/sellers/me/orders", bearer(b.token))).data.orders.map((o: WithId) => o.id)).toEqual([mixed.id])
        expect((await api.get(`/sellers/me/orders/${onlyA.id}`, bearer(a.token))).data.order.fulfillment_status).toBe("not_fulfilled")
        // unknown ids
        expect((await api.get("/sellers/me/orders/order_nope", bearer(a.token)).catch(fail)).status).toBe(404)
        expect((await api.get("/store/orders/order_nope/parts", store()).catch(fail)).status).toBe(404)
        // the parts route is a store route: the publishable key is required, addresses and prices are not shown
        expect((await api.get(`/store/orders/${mixed.id}/parts`).catch(fail)).status).toBe(400)
        const parts = (await api.get(`/store/orders/${mixed.id}/parts`, store({ "x-canting-order-access": mixed.cart_id }))).data.parts
        expect(JSON.stringify(parts)).not.toMatch(/Semarang|unit_price|@seller\.test/)
      })
    })
  },
})
