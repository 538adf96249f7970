import { beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import type { SellerStatus } from "@canting/domain"

type SellerUpdate = { id: string; status: SellerStatus }
import { bearer, customerToken, LISTING, signUpSeller } from "../../auth-helpers"
import { createCheckoutFixture, ID_SHIPPING, readyCart, stockLevel, storeHeaders, type CheckoutFixture } from "../checkout/checkout-fixture"
import type { WithId } from "../../api-types"

const fail = (e: { response?: unknown }) => e.response

// #14 points 3, 4, 5 and 6: who receives an order, where the checkout rules run, suspended
// workshops, and who may read an order.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: CheckoutFixture
    let sellerId: string
    let otherSellerId: string
    const h = (extra: Record<string, string> = {}) => storeHeaders(fixture.key, extra)
    const sellers = () => getContainer().resolve<SellerModuleService>(SELLER_MODULE)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const ordersOfCart = async (cartId: string) =>
      (await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })).data
    const setSellerStatus = (status: string) => sellers().updateSellers({ id: sellerId, status } as SellerUpdate)
    const emptyCart = async (extra: Record<string, string> = {}) =>
      (await api.post("/store/carts", { region_id: fixture.regions.idr.id }, h(extra))).data.cart
    const shopper = async (email: string) => {
      const registration = await customerToken(api, email)
      await api.post("/store/customers", { email, first_name: "Uji" }, h({ authorization: `Bearer ${registration}` }))
      return (await api.post("/auth/customer/emailpass", { email, password: "pembeli-123" })).data.token as string
    }

    beforeEach(async () => {
      fixture = await createCheckoutFixture(getContainer(), { stock: 3 })
      const { data: [product] } = await query().graph({ entity: "product", fields: ["seller.id"], filters: { id: fixture.product.id } })
      sellerId = (product as { seller: WithId }).seller.id
      const [other] = await sellers().createSellers([{ handle: "bengkel-lain", name: "Bengkel Lain", status: "approved", email: "lain@uji.test" }])
      otherSellerId = other.id
    })

    describe("the workshop of a line comes from the product, never from the shopper", () => {
      it("refuses metadata.seller_id on create, add and update, naming the field", async () => {
        const created = await api.post("/store/carts", {
          region_id: fixture.regions.idr.id, items: [{ variant_id: fixture.variant.id, quantity: 1, metadata: { seller_id: otherSellerId } }],
        }, h()).catch(fail)
        expect(created.status).toBe(400)
        expect(created.data.errors).toEqual([expect.objectContaining({ field: "items.0.metadata.seller_id", code: "metadata_reserved" })])

        const cart = await emptyCart()
        const added = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: fixture.variant.id, quantity: 1, metadata: { seller_id: otherSellerId } }, h({ "x-medusa-locale": "en" })).catch(fail)
        expect(added.status).toBe(400)
        expect(added.data.errors).toEqual([{ field: "metadata.seller_id", code: "metadata_reserved", message: "This value is set by Canting and cannot be sent with the cart." }])
        expect((await api.get(`/store/carts/${cart.id}`, h())).data.cart.items).toEqual([])

        const line = (await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: fixture.variant.id, quantity: 1, metadata: { gift: "ya" } }, h())).data.cart.items[0]
        const updated = await api.post(`/store/carts/${cart.id}/line-items/${line.id}`, { quantity: 1, metadata: { seller_id: otherSellerId } }, h()).catch(fail)
        expect(updated.status).toBe(400)
        expect(updated.data.errors[0]).toEqual(expect.objectContaining({ field: "metadata.seller_id", code: "metadata_reserved" }))
      })

      it("links the order to the product's seller even when a line carries another seller's id", async () => {
        const { cartId } = await readyCart(api, fixture)
        // As if a stamp had slipped into the cart some other way: placement derives it again.
        const cart = (await api.get(`/store/carts/${cartId}`, h())).data.cart
        await getContainer().resolve(Modules.CART).updateLineItems(cart.items[0].id, { metadata: { seller_id: otherSellerId } })

        const placed = await api.post(`/store/carts/${cartId}/complete`, {}, h())
        expect(placed.data.type).toBe("order")
        const { data: [order] } = await query().graph({ entity: "order", fields: ["id", "sellers.id", "items.metadata"], filters: { id: placed.data.order.id } })
        expect((order as { sellers: WithId[] }).sellers.map((s) => s.id)).toEqual([sellerId])
        expect((order as { items: { metadata: Record<string, unknown> }[] }).items[0].metadata.seller_id).toBe(sellerId)
      })
    })

    describe("completion rules run wherever a cart is completed", () => {
      it("refuses a suspended workshop's cart through COMPLETE, complete/, %63omplete and the workflow the webhook runs; places it once reinstated", async () => {
        const carts = await Promise.all([0, 1, 2, 3].map(() => readyCart(api, fixture)))
        await setSellerStatus("suspended")
        for (const [i, spelling] of ["COMPLETE", "complete/", "%63omplete", "Complete"].entries()) {
          const res = await api.post(`/store/carts/${carts[i].cartId}/${spelling}`, {}, h()).catch(fail)
          expect([404, 409]).toContain(res.status)
          if (res.status === 409) {
            expect(res.data.code).toBe("seller_unavailable")
            expect(res.data.errors[0].message).toContain(fixture.product.title)
          }
          expect(await ordersOfCart(carts[i].cartId)).toEqual([])
        }
        // The Stripe webhook completes carts through Medusa's workflow, not the store route.
        const { errors } = await completeCartWorkflow(getContainer()).run({ input: { id: carts[3].cartId }, throwOnError: false })
        expect(errors[0]?.error?.code).toBe("seller_unavailable")
        expect(await ordersOfCart(carts[3].cartId)).toEqual([])
        expect(await stockLevel(getContainer(), fixture)).toEqual({ stocked: 3, reserved: 0 })

        await setSellerStatus("approved")
        const placed = await api.post(`/store/carts/${carts[0].cartId}/COMPLETE`, {}, h())
        expect(placed.data.type).toBe("order")
        expect(await stockLevel(getContainer(), fixture)).toEqual({ stocked: 3, reserved: 1 })
      })

      it("names the workshop without a shipping method, in any spelling", async () => {
        const cart = (await api.post("/store/carts", {
          region_id: fixture.regions.idr.id, email: "x@contoh.test", items: [{ variant_id: fixture.variant.id, quantity: 1 }], shipping_address: ID_SHIPPING,
        }, h({ "x-medusa-locale": "en" }))).data.cart
        const { data: { payment_collection } } = await api.post("/store/payment-collections", { cart_id: cart.id }, h())
        await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, h())
        const res = await api.post(`/store/carts/${cart.id}/COMPLETE`, {}, h({ "x-medusa-locale": "en" })).catch(fail)
        expect(res.status).toBe(400)
        expect(res.data.errors).toEqual([expect.objectContaining({ field: "shipping_methods", code: "shipping_method_missing", seller_id: sellerId, message: "Choose a shipping option for Bengkel Uji." })])
      })
    })

    describe("a suspended workshop stops selling", () => {
      it("refuses adding, changing and starting a cart with its pieces, naming the piece; a cart holding one shows it unavailable", async () => {
        const cart = await emptyCart()
        const line = (await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: fixture.variant.id, quantity: 1 }, h())).data.cart.items[0]
        await setSellerStatus("suspended")

        const add = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: fixture.variant.id, quantity: 1 }, h()).catch(fail)
        expect(add.status).toBe(409)
        expect(add.data).toEqual(expect.objectContaining({ code: "seller_unavailable" }))
        expect(add.data.errors[0].message).toBe(`${fixture.product.title} sedang tidak tersedia: toko penjualnya sedang tutup. Hapus dari keranjang untuk melanjutkan.`)
        const change = await api.post(`/store/carts/${cart.id}/line-items/${line.id}`, { quantity: 2 }, h()).catch(fail)
        expect(change.status).toBe(409)
        const fresh = await api.post("/store/carts", { region_id: fixture.regions.idr.id, items: [{ variant_id: fixture.variant.id, quantity: 1 }] }, h()).catch(fail)
        expect(fresh.status).toBe(409)

        const { data } = await api.get(`/store/carts/${cart.id}/seller-shipping`, h())
        expect(data.sellers).toEqual([expect.objectContaining({ seller: expect.objectContaining({ id: sellerId }), available: false })])
        // The shopper can still take it out.
        expect((await api.delete(`/store/carts/${cart.id}/line-items/${line.id}`, h())).status).toBe(200)
      })

      it("hides its products from the store", async () => {
        await setSellerStatus("suspended")
        expect((await api.get(`/store/products/${fixture.product.id}`, h()).catch(fail)).status).toBe(404)
        expect((await api.get("/store/products", h())).data.products.map((p: WithId) => p.id)).not.toContain(fixture.product.id)
        await setSellerStatus("approved")
        expect((await api.get("/store/products", h())).data.products.map((p: WithId) => p.id)).toContain(fixture.product.id)
      })

      it("caps how many listings a seller that is not approved may create", async () => {
        const draft = await signUpSeller(api, "draft@uji.test", "bengkel-draf", "Bengkel Draf")
        process.env.CANTING_UNAPPROVED_LISTING_CAP = "2"
        try {
          for (let i = 0; i < 2; i++) expect((await api.post("/sellers/me/products", LISTING, bearer(draft.token))).status).toBe(201)
          const third = await api.post("/sellers/me/products", LISTING, bearer(draft.token, { "x-medusa-locale": "en" })).catch(fail)
          expect(third.status).toBe(409)
          expect(third.data.errors).toEqual([{ field: "seller", code: "listing_cap_unapproved", message: "Until your shop is approved you can prepare at most 2 listings." }])
          // Approved, the same workshop lists on.
          await sellers().updateSellers({ id: draft.seller.id, status: "approved" } as SellerUpdate)
          expect((await api.post("/sellers/me/products", LISTING, bearer(draft.token))).status).toBe(201)
        } finally {
          delete process.env.CANTING_UNAPPROVED_LISTING_CAP
        }
      })
    })

    describe("who may read an order", () => {
      it("a guest order answers only the browser that placed it (its cart), 404 to an id alone", async () => {
        const { cartId } = await readyCart(api, fixture)
        const order = (await api.post(`/store/carts/${cartId}/complete`, {}, h())).data.order
        for (const path of [`/store/orders/${order.id}`, `/store/orders/${order.id}/parts`, `/store/orders/${order.id}/PARTS`]) {
          const res = await api.get(path, h()).catch(fail)
          expect(res.status).toBe(404)
          expect(res.data.code).toBe("order_not_found")
          expect((await api.get(path, h({ "x-canting-order-access": "cart_01NOTTHEONE" })).catch(fail)).status).toBe(404)
          expect((await api.get(path, h({ "x-canting-order-access": cartId }))).status).toBe(200)
        }
        const stranger = await shopper("c@pembeli.test")
        expect((await api.get(`/store/orders/${order.id}/parts`, h({ authorization: `Bearer ${stranger}` })).catch(fail)).status).toBe(404)
      })

      it("a registered shopper's order answers that shopper's token, not another's", async () => {
        const owner = await shopper("a@pembeli.test")
        const other = await shopper("b@pembeli.test")
        const { cartId } = await readyCart(api, fixture, { token: owner })
        const order = (await api.post(`/store/carts/${cartId}/complete`, {}, h({ authorization: `Bearer ${owner}` }))).data.order
        expect((await api.get(`/store/orders/${order.id}/parts`, h({ authorization: `Bearer ${owner}` }))).data.parts).toHaveLength(1)
        expect((await api.get(`/store/orders/${order.id}`, h({ authorization: `Bearer ${owner}` }))).data.order.id).toBe(order.id)
        expect((await api.get(`/store/orders/${order.id}`, h({ authorization: `Bearer ${other}` })).catch(fail)).status).toBe(404)
        expect((await api.get(`/store/orders/${order.id}/parts`, h()).catch(fail)).status).toBe(404)
      })
    })
  },
})
