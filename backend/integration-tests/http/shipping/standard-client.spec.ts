import { beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import sellerOptionsPerCart from "../../../src/migration-scripts/seller-options-per-cart"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import { seedCommerce } from "../../../src/scripts/seed/commerce"
import { adminToken, bearer, LISTING, signUpSeller } from "../../auth-helpers"
import { ID_ADDRESS } from "../../fixtures"
import type { OrderPart } from "../../api-types"

const SLOW = 150_000

/**
 * A standard Medusa client, as Medusa's own Next.js starter drives checkout with `@medusajs/js-sdk`
 * (region, product, cart, line item, address, the cart's shipping options, the first one, a payment
 * session with the system provider, complete), knows nothing of Canting's seller-shipping route.
 * It must still be able to buy: the options listed for a cart are only those of the workshops whose
 * pieces are in it.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let sdk: Medusa
    let key: string
    let admin: string

    beforeEach(async () => {
      const seeded = await seedCommerce(getContainer())
      key = seeded.publishableKey
      admin = await adminToken(api, getContainer())
      sdk = new Medusa({ baseUrl: (api as unknown as { defaults: { baseURL: string } }).defaults.baseURL, publishableKey: key })
    })

    async function workshopWithPiece(n: number) {
      const { token, seller } = await signUpSeller(api, `w${n}@seller.test`, `bengkel-${n}`, `Bengkel ${n}`)
      await getContainer().resolve<SellerModuleService>(SELLER_MODULE).updateSellers({
        id: seller.id, status: "submitted", street: "Jl. Kauman 7", kelurahan: "Kauman", city: "Kota Pekalongan", province: "Jawa Tengah", postcode: "51127",
      })
      await api.post(`/admin/sellers/${seller.id}/approve`, {}, bearer(admin))
      const listing = { ...LISTING, status: "published", title: { id: `Kain ${n}`, en: `Cloth ${n}` }, variants: [{ size: "250x105", prices: { idr: 500_000 * n, usd: 40 }, stock: 3 }] }
      const { data: { product } } = await api.post("/sellers/me/products", listing, bearer(token))
      return { seller, product: product as HttpTypes.StoreProduct }
    }

    async function profileOf(productId: string) {
      const { data: [product] } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["shipping_profile.id"], filters: { id: productId } })
      return (product as { shipping_profile: { id: string } }).shipping_profile.id
    }

    /** The starter's cart: region by country, the pieces, then email and address. */
    async function starterCart(productIds: string[]) {
      const { regions } = await sdk.store.region.list()
      const region = regions.find((r) => r.countries?.some((c) => c.iso_2 === "id"))!
      const { products } = await sdk.store.product.list({ id: productIds, region_id: region.id, fields: "*variants.calculated_price" })
      let { cart } = await sdk.store.cart.create({ region_id: region.id })
      for (const product of products) ({ cart } = await sdk.store.cart.createLineItem(cart.id, { variant_id: product.variants![0].id, quantity: 1 }))
      ;({ cart } = await sdk.store.cart.update(cart.id, { email: "rina@pembeli.test", shipping_address: ID_ADDRESS, billing_address: ID_ADDRESS }))
      return cart
    }

    async function pay(cartId: string) {
      const { cart } = await sdk.store.cart.retrieve(cartId)
      await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" })
      return sdk.store.cart.complete(cartId)
    }

    describe("the plain js-sdk checkout", () => {
      it("a one-workshop cart lists only that workshop's options; taking the first places the order", async () => {
        const [one] = await Promise.all([workshopWithPiece(1), workshopWithPiece(2), workshopWithPiece(3)])
        const cart = await starterCart([one.product.id])
        const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
        // Three workshops offer domestic couriers; only the one whose piece is in the cart is listed.
        expect(shipping_options.map((o) => o.shipping_profile_id)).toEqual([await profileOf(one.product.id)])

        await sdk.store.cart.addShippingMethod(cart.id, { option_id: shipping_options[0].id })
        const placed = await pay(cart.id)
        expect(placed.type).toBe("order")
        if (placed.type !== "order") return
        expect(placed.order.items?.map((i) => i.product_id)).toEqual([one.product.id])
        expect(placed.order.shipping_methods).toHaveLength(1)
      }, SLOW)

      it("a two-workshop cart lists one option per workshop; one per profile, as Medusa requires, places one order with a part per workshop", async () => {
        const [one, two] = await Promise.all([workshopWithPiece(1), workshopWithPiece(2), workshopWithPiece(3)])
        const cart = await starterCart([one.product.id, two.product.id])
        const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
        const profiles = new Set([await profileOf(one.product.id), await profileOf(two.product.id)])
        expect(profiles.size).toBe(2)
        expect(new Set(shipping_options.map((o) => o.shipping_profile_id))).toEqual(profiles)
        expect(shipping_options).toHaveLength(2)

        for (const profile of profiles) {
          await sdk.store.cart.addShippingMethod(cart.id, { option_id: shipping_options.find((o) => o.shipping_profile_id === profile)!.id })
        }
        const placed = await pay(cart.id)
        expect(placed.type).toBe("order")
        if (placed.type !== "order") return
        const { data: { parts } } = await api.get(`/store/orders/${placed.order.id}/parts`, { headers: { "x-publishable-api-key": key, "x-canting-order-access": cart.id } })
        expect(parts.map((p: OrderPart) => p.seller.handle).sort()).toEqual(["bengkel-1", "bengkel-2"])
      }, SLOW)

      it("another workshop's option cannot be added to a cart that holds none of its pieces", async () => {
        const [one, two] = await Promise.all([workshopWithPiece(1), workshopWithPiece(2)])
        const twoOnly = await starterCart([two.product.id])
        const { shipping_options: twos } = await sdk.store.fulfillment.listCartOptions({ cart_id: twoOnly.id })
        const cart = await starterCart([one.product.id])
        const refused = await sdk.store.cart.addShippingMethod(cart.id, { option_id: twos[0].id }).catch((e: { status?: number }) => e)
        expect((refused as { status?: number }).status).toBe(400)
        const { cart: after } = await sdk.store.cart.retrieve(cart.id, { fields: "shipping_methods.id" })
        expect(after.shipping_methods ?? []).toEqual([])
      }, SLOW)

      it("a database from before the rule: the data migration rules every workshop option to its own profile, once", async () => {
        const [one, two] = await Promise.all([workshopWithPiece(1), workshopWithPiece(2)])
        const fulfillment = getContainer().resolve(Modules.FULFILLMENT)
        const options = await fulfillment.listShippingOptions({ shipping_profile_id: [await profileOf(one.product.id), await profileOf(two.product.id)] }, { relations: ["rules"] })
        // As such options were made before: without the profile rule, so every cart lists them all.
        const ruled = options.flatMap((o) => o.rules.filter((r) => r.attribute.startsWith("cart_shipping_profiles.")))
        await fulfillment.deleteShippingOptionRules(ruled.map((r) => r.id))
        expect(options).toHaveLength(4) // each workshop: domestic courier and international courier/EMS
        const cart = await starterCart([one.product.id])
        expect((await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })).shipping_options).toHaveLength(2)

        await sellerOptionsPerCart({ container: getContainer() })
        await sellerOptionsPerCart({ container: getContainer() })
        const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
        expect(shipping_options.map((o) => o.shipping_profile_id)).toEqual([await profileOf(one.product.id)])
        const after = await fulfillment.listShippingOptions({ id: options.map((o) => o.id) }, { relations: ["rules"] })
        expect(after.map((o) => o.rules.filter((r) => r.attribute === `cart_shipping_profiles.${o.shipping_profile_id}`).length)).toEqual([1, 1, 1, 1])
      }, SLOW)
    })
  },
})
