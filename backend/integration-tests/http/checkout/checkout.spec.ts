import { beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ICartModuleService } from "@medusajs/framework/types"
import { customerToken } from "../../auth-helpers"
import { createCheckoutFixture, ID_SHIPPING, readyCart, stockLevel, storeHeaders, type CheckoutFixture } from "./checkout-fixture"
import type { ApiResponse, FieldError, LineItemBody } from "../../api-types"

const fail = (e: { response?: unknown }) => e.response

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: CheckoutFixture
    const h = (extra: Record<string, string> = {}) => storeHeaders(fixture.key, extra)
    const getCart = async (id: string, extra: Record<string, string> = {}) => (await api.get(`/store/carts/${id}`, h(extra))).data.cart
    const ordersOfCart = async (cartId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return data
    }
    const emptyCart = async (extra: Record<string, string> = {}) =>
      (await api.post("/store/carts", { region_id: fixture.regions.idr.id }, h(extra))).data.cart

    beforeEach(async () => {
      fixture = await createCheckoutFixture(getContainer(), { stock: 3 })
    })

    describe("bad input on the cart routes", () => {
      const byField = (res: ApiResponse<{ errors: FieldError[] }>) => Object.fromEntries(res.data.errors.map((e: FieldError) => [e.field, e]))

      it("names the quantity for zero, negative or fractional amounts and for more than in stock, on add and on update, changing nothing", async () => {
        const cart = await emptyCart()
        for (const quantity of [0, -1, 1.5]) {
          const res = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: fixture.variant.id, quantity }, h()).catch(fail)
          expect(res.status).toBe(400)
          expect(res.data.errors).toEqual([{ field: "quantity", code: "quantity_min", message: "Jumlah harus bilangan bulat, paling sedikit 1." }])
        }
        const tooMany = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: fixture.variant.id, quantity: 4 }, h({ "x-medusa-locale": "en-US" })).catch(fail)
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.errors).toEqual([{ field: "quantity", code: "insufficient_stock", message: "The quantity is more than we have in stock." }])
        expect(tooMany.data.shortages).toEqual([{ variant_id: fixture.variant.id, requested: 4, available: 3 }])
        expect((await getCart(cart.id)).items).toEqual([])

        const added = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: fixture.variant.id, quantity: 2 }, h())
        const line = added.data.cart.items[0]
        // Adding 2 more would need 4 of the 3 in stock.
        expect((await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: fixture.variant.id, quantity: 2 }, h()).catch(fail)).data.errors[0].code).toBe("insufficient_stock")
        for (const [quantity, code] of [[0, "quantity_min"], [-2, "quantity_min"], [5, "insufficient_stock"]] as const) {
          const res = await api.post(`/store/carts/${cart.id}/line-items/${line.id}`, { quantity }, h()).catch(fail)
          expect(res.status).toBe(400)
          expect(res.data.errors[0]).toEqual(expect.objectContaining({ field: "quantity", code }))
        }
        const after = await getCart(cart.id)
        expect(after.items.map((i: LineItemBody) => [i.id, i.quantity])).toEqual([[line.id, 2]])
        // Within stock it works.
        expect((await api.post(`/store/carts/${cart.id}/line-items/${line.id}`, { quantity: 3 }, h())).data.cart.items[0].quantity).toBe(3)
      })

      it("refuses a client-supplied unit_price, naming the field; the line keeps the catalogue price", async () => {
        const cart = await emptyCart()
        const tampered = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: fixture.variant.id, quantity: 1, unit_price: 1 }, h()).catch(fail)
        expect(tampered.status).toBe(400)
        expect(tampered.data.errors).toEqual([{ field: "unit_price", code: "price_readonly", message: "Harga ditentukan oleh katalog toko dan tidak bisa diubah dari keranjang." }])
        expect((await getCart(cart.id)).items).toEqual([])

        const added = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: fixture.variant.id, quantity: 1 }, h())
        const lineId = added.data.cart.items[0].id
        const update = await api.post(`/store/carts/${cart.id}/line-items/${lineId}`, { quantity: 2, unit_price: 1 }, h()).catch(fail)
        expect(update.status).toBe(400)
        expect(update.data.errors.map((e: FieldError) => e.field)).toEqual(["unit_price"])
        const created = await api.post("/store/carts", { region_id: fixture.regions.idr.id, items: [{ variant_id: fixture.variant.id, quantity: 1, unit_price: 5 }] }, h()).catch(fail)
        expect(created.status).toBe(400)
        expect(created.data.errors.map((e: FieldError) => e.field)).toEqual(["items.0.unit_price"])

        const after = await getCart(cart.id)
        expect(after.items).toEqual([expect.objectContaining({ id: lineId, quantity: 1, unit_price: 350000 })])
        expect(after.item_total).toBe(350000)
      })

      it("refuses a malformed Indonesian postcode and a country outside the cart's region, naming the field, keeping the old address", async () => {
        const cart = await emptyCart()
        await api.post(`/store/carts/${cart.id}`, { shipping_address: ID_SHIPPING }, h())

        const postcode = await api.post(`/store/carts/${cart.id}`, { shipping_address: { ...ID_SHIPPING, postal_code: "5013" }, billing_address: { ...ID_SHIPPING, postal_code: "5O132" } }, h()).catch(fail)
        expect(postcode.status).toBe(400)
        expect(byField(postcode)["shipping_address.postal_code"]).toEqual({ field: "shipping_address.postal_code", code: "postcode_id_format", message: "Kode pos Indonesia harus 5 digit angka." })
        expect(byField(postcode)["billing_address.postal_code"].code).toBe("postcode_id_format")

        const abroad = await api.post(`/store/carts/${cart.id}`, { shipping_address: { ...ID_SHIPPING, country_code: "us", postal_code: "10001" } }, h({ "x-medusa-locale": "en-US" })).catch(fail)
        expect(abroad.status).toBe(400)
        expect(abroad.data.errors).toEqual([{ field: "shipping_address.country_code", code: "country_not_in_region", message: "The shipping country is not served in this cart's region." }])

        const kept = await getCart(cart.id)
        expect(kept.shipping_address).toEqual(expect.objectContaining({ postal_code: "50132", country_code: "id" }))
        expect(kept.billing_address).toBeNull()

        // International carts ship to their own countries (other postcode formats), not to Indonesia.
        const intl = (await api.post("/store/carts", { region_id: fixture.regions.usd.id }, h())).data.cart
        const sg = { ...ID_SHIPPING, country_code: "sg", postal_code: "018956", city: "Singapore", province: "" }
        expect((await api.post(`/store/carts/${intl.id}`, { shipping_address: sg }, h())).data.cart.shipping_address.country_code).toBe("sg")
        expect((await api.post(`/store/carts/${intl.id}`, { shipping_address: ID_SHIPPING }, h()).catch(fail)).data.errors[0].code).toBe("country_not_in_region")
      })

      it("creates no cart when the new cart's address or quantities are bad", async () => {
        const cartModule = getContainer().resolve<ICartModuleService>("cart")
        const before = (await cartModule.listCarts({})).length
        const res = await api.post("/store/carts", {
          region_id: fixture.regions.idr.id, shipping_address: { ...ID_SHIPPING, postal_code: "123" },
          items: [{ variant_id: fixture.variant.id, quantity: 0 }],
        }, h()).catch(fail)
        expect(res.status).toBe(400)
        expect(Object.keys(byField(res)).sort()).toEqual(["items.0.quantity", "shipping_address.postal_code"])
        const tooMany = await api.post("/store/carts", { region_id: fixture.regions.idr.id, items: [{ variant_id: fixture.variant.id, quantity: 9 }] }, h()).catch(fail)
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.errors[0]).toEqual(expect.objectContaining({ field: "items", code: "insufficient_stock" }))
        expect((await cartModule.listCarts({})).length).toBe(before)
      })

      it("refuses to complete an empty cart and leaves it open", async () => {
        const cart = await emptyCart()
        const res = await api.post(`/store/carts/${cart.id}/complete`, {}, h()).catch(fail)
        expect(res.status).toBe(400)
        expect(res.data.errors).toEqual([{ field: "items", code: "cart_empty", message: "Keranjang masih kosong." }])
        expect((await getCart(cart.id)).completed_at).toBeNull()
        expect(await ordersOfCart(cart.id)).toEqual([])
      })
    })

    describe("completion", () => {
      it("completing an already completed cart returns its order again, without reserving twice", async () => {
        const { cartId } = await readyCart(api, fixture, { quantity: 2 })
        const first = await api.post(`/store/carts/${cartId}/complete`, {}, h())
        const second = await api.post(`/store/carts/${cartId}/complete`, {}, h())
        expect(first.data.type).toBe("order")
        expect(second.data.order.id).toBe(first.data.order.id)
        expect(await stockLevel(getContainer(), fixture)).toEqual({ stocked: 3, reserved: 2 })
      })
    })

    describe("whose cart it is", () => {
      /** A registered shopper: account created, logged in. */
      const shopper = async (email: string) => {
        const registration = await customerToken(api, email)
        await api.post("/store/customers", { email, first_name: "Uji" }, h({ authorization: `Bearer ${registration}` }))
        const { data: { token } } = await api.post("/auth/customer/emailpass", { email, password: "pembeli-123" })
        return token as string
      }

      it("keeps a registered shopper's cart from another shopper's token and from anonymous callers", async () => {
        const a = await shopper("a@pembeli.test")
        const b = await shopper("b@pembeli.test")
        const cart = (await api.post("/store/carts", { region_id: fixture.regions.idr.id }, h({ authorization: `Bearer ${a}` }))).data.cart
        expect(cart.customer_id).toBeTruthy()
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: fixture.variant.id, quantity: 1 }, h({ authorization: `Bearer ${a}` }))

        for (const who of [{ authorization: `Bearer ${b}` }, {}] as Record<string, string>[]) {
          expect((await api.get(`/store/carts/${cart.id}`, h(who)).catch(fail)).status).toBe(404)
          expect((await api.post(`/store/carts/${cart.id}`, { email: "pencuri@contoh.test" }, h(who)).catch(fail)).status).toBe(404)
          expect((await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: fixture.variant.id, quantity: 1 }, h(who)).catch(fail)).status).toBe(404)
          expect((await api.post(`/store/carts/${cart.id}/complete`, {}, h(who)).catch(fail)).status).toBe(404)
          expect((await api.post("/store/payment-collections", { cart_id: cart.id }, h(who)).catch(fail)).status).toBe(404)
        }
        // Taking the cart over with another account is refused too.
        expect((await api.post(`/store/carts/${cart.id}/customer`, {}, h({ authorization: `Bearer ${b}` })).catch(fail)).status).toBe(404)

        const own = await getCart(cart.id, { authorization: `Bearer ${a}` })
        expect(own.email).toBe("a@pembeli.test")
        expect(own.customer_id).toBe(cart.customer_id)
        expect(own.items.map((i: LineItemBody) => i.quantity)).toEqual([1])
      })

      it("lets a guest cart be used by whoever holds its id, as before", async () => {
        const cart = await emptyCart()
        await api.post(`/store/carts/${cart.id}`, { email: "tamu@contoh.test" }, h())
        expect((await getCart(cart.id)).email).toBe("tamu@contoh.test")
      })
    })
  },
})
