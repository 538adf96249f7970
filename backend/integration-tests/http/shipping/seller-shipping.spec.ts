import { beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { REGIONS } from "@canting/domain"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import { seedCommerce } from "../../../src/scripts/seed/commerce"
import { provisionSellerShippingWorkflow } from "../../../src/workflows/seller/workflows/provision-seller-shipping"
import { adminToken, bearer, customerToken, LISTING, signUpSeller } from "../../auth-helpers"
import { ID_ADDRESS } from "../../fixtures"
import type { LineItemBody, OrderPart, OwnedShippingGroup, WithId, WithInterceptors } from "../../api-types"

const fail = (e: { response?: unknown }) => e.response
const SLOW = 150_000
type Region = Awaited<ReturnType<typeof seedCommerce>>["regions"][number]
type Zone = { name: string; geo_zones: { country_code: string }[] }
/** A seller's stock location, shipping profile and their links, as `shippingOf` reads them. */
type SellerShippingRow = {
  id: string
  stock_location: {
    id: string; name: string; address: Record<string, string | null>; sales_channels: WithId[]; fulfillment_providers: WithId[]
    fulfillment_sets: { id: string; type: string; service_zones: Zone[] }[]
  }
  shipping_profile: { id: string; type: string }
}
// The generated query type of shipping_option has no `prices`; the graph returns them.
type OptionRow = { service_zone: { name: string }; type: { code: string }; prices: { currency_code: string }[] }
type ProductStockRow = {
  shipping_profile: WithId
  variants: { title: string; inventory_items: { inventory: { location_levels: { location_id: string; stocked_quantity: number }[] } }[] }[]
}
const US_ADDRESS = { first_name: "Ann", last_name: "Buyer", address_1: "1 Main St", city: "Portland", province: "OR", postal_code: "97201", country_code: "us" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let regions: { idr: Region; usd: Region }
    let admin: string
    const store = (extra: Record<string, string> = {}) => ({ headers: { "x-publishable-api-key": key, ...extra } })
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    let explained = false
    beforeEach(async () => {
      // A failing call names its URL and the response body.
      if (!explained) {
        explained = true
        ;(api as WithInterceptors).interceptors.response.use(undefined, (e) => {
          if (e?.response && e.config) e.message = `${e.message} ${e.config.method?.toUpperCase()} ${e.config.url}: ${JSON.stringify(e.response.data)}`
          throw e
        })
      }
      const seeded = await seedCommerce(getContainer())
      key = seeded.publishableKey
      regions = { idr: seeded.regions.find((r) => r.currency_code === "idr")!, usd: seeded.regions.find((r) => r.currency_code === "usd")! }
      admin = await adminToken(api, getContainer())
    })

    /** Signs a workshop up (with its address) and has the operator approve it through the admin API. */
    async function approvedSeller(email: string, handle: string, name: string) {
      const { token, seller } = await signUpSeller(api, email, handle, name)
      await getContainer().resolve<SellerModuleService>(SELLER_MODULE).updateSellers({
        id: seller.id, status: "submitted", street: "Jl. Kauman 7", kelurahan: "Kauman", city: "Kota Pekalongan", province: "Jawa Tengah", postcode: "51127",
      })
      const approved = await api.post(`/admin/sellers/${seller.id}/approve`, {}, bearer(admin))
      expect(approved.data.seller.status).toBe("approved")
      return { token, seller }
    }

    async function shippingOf(sellerId: string) {
      const { data: [s] } = await query().graph({
        entity: "seller", filters: { id: sellerId },
        fields: [
          "id", "stock_location.id", "stock_location.name", "stock_location.address.city", "stock_location.address.postal_code", "stock_location.address.address_1",
          "stock_location.sales_channels.id", "stock_location.fulfillment_providers.id",
          "stock_location.fulfillment_sets.id", "stock_location.fulfillment_sets.type", "stock_location.fulfillment_sets.service_zones.name",
          "stock_location.fulfillment_sets.service_zones.geo_zones.country_code",
          "shipping_profile.id", "shipping_profile.type",
        ],
      })
      return s as SellerShippingRow
    }

    async function counts() {
      const fulfillment = getContainer().resolve(Modules.FULFILLMENT)
      return {
        locations: (await getContainer().resolve(Modules.STOCK_LOCATION).listStockLocations({})).length,
        profiles: (await fulfillment.listShippingProfiles({ type: "seller" })).length,
        options: (await fulfillment.listShippingOptions({})).length,
        sets: (await fulfillment.listFulfillmentSets({})).length,
      }
    }

    async function publishedPiece(token: string, title: string, idr: number, stock = 3) {
      const listing = { ...LISTING, status: "published", title: { id: title, en: title }, variants: [{ size: "250x105", prices: { idr, usd: 95 }, stock }] }
      const { data: { product } } = await api.post("/sellers/me/products", listing, bearer(token))
      return product
    }

    describe("a workshop's own stock location and shipping", () => {
      it("approval creates the location (address, sales channel, manual provider), zones, profile and demo options, linked; re-running never duplicates", async () => {
        const before = await counts()
        const { seller } = await approvedSeller("siti@sekar.test", "batik-sekar", "Batik Sekar")
        const s = await shippingOf(seller.id)
        expect(s.stock_location).toEqual(expect.objectContaining({ name: "Batik Sekar" }))
        expect(s.stock_location.address).toEqual(expect.objectContaining({ address_1: "Jl. Kauman 7", city: "Kota Pekalongan", postal_code: "51127" }))
        const [channel] = await getContainer().resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: "Default Sales Channel" })
        expect(s.stock_location.sales_channels.map((c) => c.id)).toEqual([channel.id])
        expect(s.stock_location.fulfillment_providers.map((p) => p.id)).toEqual(["manual_manual"])
        const [set] = s.stock_location.fulfillment_sets
        expect(set.type).toBe("shipping")
        const zones = Object.fromEntries(set.service_zones.map((z) => [z.name, z.geo_zones.map((g) => g.country_code).sort()]))
        const international = [...REGIONS.find((r) => r.code === "international")!.countries].sort()
        expect(zones).toEqual({ [`Indonesia (${s.stock_location.id})`]: ["id"], [`International (${s.stock_location.id})`]: international })
        expect(s.shipping_profile.type).toBe("seller")

        const { data: options } = await query().graph({
          entity: "shipping_option", filters: { shipping_profile_id: s.shipping_profile.id },
          fields: ["id", "name", "provider_id", "service_zone.name", "type.code", "prices.amount", "prices.currency_code"],
        })
        const byZone = Object.fromEntries((options as unknown as OptionRow[]).map((o) => [o.service_zone.name.split(" ")[0], o]))
        expect(Object.keys(byZone).sort()).toEqual(["Indonesia", "International"])
        expect(byZone.Indonesia).toEqual(expect.objectContaining({ provider_id: "manual_manual", name: expect.stringMatching(/demo/) }))
        expect(byZone.Indonesia.type.code).toBe("domestic-courier")
        expect(byZone.International.type.code).toBe("international-courier")
        for (const o of options as unknown as OptionRow[]) expect(o.prices.map((p) => p.currency_code).sort()).toEqual(["idr", "usd"])

        const after = await counts()
        expect(after).toEqual({ locations: before.locations + 1, profiles: before.profiles + 1, options: before.options + 2, sets: before.sets + 1 })

        // suspend + reinstate, and running the workflow again, keep exactly what exists
        await api.post(`/admin/sellers/${seller.id}/suspend`, { reason: "Cek dokumen" }, bearer(admin))
        expect((await api.post(`/admin/sellers/${seller.id}/reinstate`, {}, bearer(admin))).data.seller.status).toBe("approved")
        const { result } = await provisionSellerShippingWorkflow(getContainer()).run({ input: { seller_id: seller.id, name: "Batik Sekar" } })
        expect(result).toEqual(expect.objectContaining({ location_id: s.stock_location.id, profile_id: s.shipping_profile.id }))
        expect(await counts()).toEqual(after)
        expect((await shippingOf(seller.id)).stock_location.id).toBe(s.stock_location.id)
      }, SLOW)

      it("a seller's new listing and added variant use its profile and are stocked only at its own location", async () => {
        const a = await approvedSeller("a@seller.test", "bengkel-a", "Bengkel A")
        const b = await approvedSeller("b@seller.test", "bengkel-b", "Bengkel B")
        const sa = await shippingOf(a.seller.id)
        const sb = await shippingOf(b.seller.id)
        expect(sa.stock_location.id).not.toBe(sb.stock_location.id)
        const product = await publishedPiece(a.token, "Kain A", 1_000_000, 4)
        const added = await api.post(`/sellers/me/products/${product.id}/variants`, { size: "200x100", prices: { idr: 800_000 }, stock: 5 }, bearer(a.token))
        expect(added.status).toBe(201)
        const { data: [p] } = await query().graph({
          entity: "product", filters: { id: product.id },
          fields: ["shipping_profile.id", "variants.title", "variants.inventory_items.inventory.location_levels.location_id", "variants.inventory_items.inventory.location_levels.stocked_quantity"],
        })
        expect((p as ProductStockRow).shipping_profile.id).toBe(sa.shipping_profile.id)
        const levels = (p as ProductStockRow).variants.flatMap((v) => v.inventory_items.flatMap((i) => i.inventory.location_levels.map((l) => [v.title, l.location_id, l.stocked_quantity])))
        expect(levels.sort()).toEqual([["200x100", sa.stock_location.id, 5], ["250x105", sa.stock_location.id, 4]].sort())
      }, SLOW)
    })

    describe("checkout with two workshops", () => {
      it("lists each workshop's options for the country, refuses to place the order until every workshop has a method, then each seller sees its own", async () => {
        const a = await approvedSeller("a@seller.test", "bengkel-a", "Bengkel A")
        const b = await approvedSeller("b@seller.test", "bengkel-b", "Bengkel B")
        const pa = await publishedPiece(a.token, "Kain A", 1_000_000)
        const pb = await publishedPiece(b.token, "Kain B", 400_000)

        // International cart: each workshop offers its international courier/EMS in USD
        const { data: { cart: usCart } } = await api.post("/store/carts", {
          region_id: regions.usd.id, email: "ann@buyer.test", items: [{ variant_id: pa.variants[0].id, quantity: 1 }, { variant_id: pb.variants[0].id, quantity: 1 }],
          shipping_address: US_ADDRESS,
        }, store())
        const us = (await api.get(`/store/carts/${usCart.id}/seller-shipping`, store())).data
        expect(us.complete).toBe(false)
        expect(us.sellers.map((g: OwnedShippingGroup) => [g.seller.name, g.options.map((o) => [o.code, o.amount]), g.chosen])).toEqual([
          ["Bengkel A", [["international-courier", 35]], null], ["Bengkel B", [["international-courier", 35]], null],
        ])

        // Indonesian cart: domestic courier in IDR, one per workshop
        const { data: { cart } } = await api.post("/store/carts", {
          region_id: regions.idr.id, email: "rina@pembeli.test", items: [{ variant_id: pa.variants[0].id, quantity: 1 }, { variant_id: pb.variants[0].id, quantity: 2 }],
          shipping_address: ID_ADDRESS, billing_address: ID_ADDRESS,
        }, store())
        const groups = (await api.get(`/store/carts/${cart.id}/seller-shipping`, store())).data.sellers
        expect(groups.map((g: OwnedShippingGroup) => [g.seller.handle, g.options.map((o) => [o.code, o.amount])])).toEqual([
          ["bengkel-a", [["domestic-courier", 25_000]]], ["bengkel-b", [["domestic-courier", 25_000]]],
        ])
        const [ga, gb] = groups
        await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: ga.options[0].id }, store())
        const { data: { payment_collection } } = await api.post("/store/payment-collections", { cart_id: cart.id }, store())
        await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store())

        // only A's shipping chosen: 400 naming B, in the caller's language; no order
        const missing = await api.post(`/store/carts/${cart.id}/complete`, {}, store({ "x-medusa-locale": "en-US" })).catch(fail)
        expect(missing.status).toBe(400)
        expect(missing.data.errors).toEqual([{ field: "shipping_methods", code: "shipping_method_missing", seller_id: b.seller.id, message: "Choose a shipping option for Bengkel B." }])
        const missingId = await api.post(`/store/carts/${cart.id}/complete`, {}, store()).catch(fail)
        expect(missingId.data.errors[0].message).toBe("Pilih pengiriman untuk Bengkel B.")

        // choosing B's keeps A's: two methods, totals include both
        await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: gb.options[0].id }, store())
        const chosen = (await api.get(`/store/carts/${cart.id}/seller-shipping`, store())).data
        expect(chosen.complete).toBe(true)
        expect(chosen.sellers.map((g: OwnedShippingGroup) => g.chosen!.amount)).toEqual([25_000, 25_000])
        const { data: { cart: priced } } = await api.get(`/store/carts/${cart.id}?fields=shipping_total,total,item_subtotal`, store())
        expect(priced.shipping_total).toBe(50_000)
        expect(priced.total).toBe(1_800_000 + 50_000)

        // the total changed, so the payment session is opened again (as the storefront does when placing the order)
        const { data: { cart: refreshed } } = await api.get(`/store/carts/${cart.id}?fields=payment_collection.id`, store())
        await api.post(`/store/payment-collections/${refreshed.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store())
        const placed = await api.post(`/store/carts/${cart.id}/complete`, {}, store())
        expect(placed.data.type).toBe("order")
        const order = placed.data.order
        expect(order.shipping_methods).toHaveLength(2)

        const aView = (await api.get(`/sellers/me/orders/${order.id}`, bearer(a.token))).data.order
        expect(aView.shipping).toEqual({ name: ga.options[0].name, amount: 25_000 })
        expect(aView.items.map((i: LineItemBody) => i.title)).toEqual(["Kain A"])
        const bView = (await api.get(`/sellers/me/orders/${order.id}`, bearer(b.token))).data.order
        expect(bView.shipping).toEqual({ name: gb.options[0].name, amount: 25_000 })
        expect(JSON.stringify(bView)).not.toContain("Kain A")
        const { data: { parts } } = await api.get(`/store/orders/${order.id}/parts`, store({ "x-canting-order-access": cart.id }))
        expect(parts.map((p: OrderPart) => [p.seller.handle, p.shipping])).toEqual([
          ["bengkel-a", { name: ga.options[0].name, amount: 25_000 }], ["bengkel-b", { name: gb.options[0].name, amount: 25_000 }],
        ])

        // stock was reserved at each workshop's own location
        const reservations = await getContainer().resolve(Modules.INVENTORY).listReservationItems({})
        const locations = new Set(reservations.map((r) => r.location_id))
        expect(locations).toEqual(new Set([(await shippingOf(a.seller.id)).stock_location.id, (await shippingOf(b.seller.id)).stock_location.id]))

        // the seller ships its part only once the payment is captured
        const early = await api.post(`/sellers/me/orders/${order.id}/fulfillments`, { tracking_number: "JP1234567890" }, bearer(a.token)).catch(fail)
        expect(early.status).toBe(409)
        expect(early.data.code).toBe("payment_not_captured")
        const { data: { order: adminOrder } } = await api.get(`/admin/orders/${order.id}?fields=payment_collections.payments.id`, bearer(admin))
        await api.post(`/admin/payments/${adminOrder.payment_collections[0].payments[0].id}/capture`, {}, bearer(admin))
        const shipped = await api.post(`/sellers/me/orders/${order.id}/fulfillments`, { tracking_number: "JP1234567890" }, bearer(a.token))
        expect(shipped.status).toBe(200)
        expect(shipped.data.order.fulfillment_status).toBe("shipped")
        const { data: [fulfilled] } = await query().graph({ entity: "order", fields: ["fulfillments.location_id", "fulfillments.shipping_option_id"], filters: { id: order.id } })
        expect((fulfilled as { fulfillments: unknown[] }).fulfillments).toEqual([expect.objectContaining({ location_id: (await shippingOf(a.seller.id)).stock_location.id, shipping_option_id: ga.options[0].id })])
      }, SLOW)

      it("the seller-shipping route: publishable key required, another shopper's cart is not found, unknown carts are not found", async () => {
        const a = await approvedSeller("a@seller.test", "bengkel-a", "Bengkel A")
        const pa = await publishedPiece(a.token, "Kain A", 1_000_000)
        const owner = await customerToken(api, "pemilik@pembeli.test")
        const other = await customerToken(api, "lain@pembeli.test")
        const { data: { customer } } = await api.post("/store/customers", { email: "pemilik@pembeli.test", first_name: "P" }, store({ authorization: `Bearer ${owner}` }))
        expect(customer.id).toBeTruthy()
        const ownerToken = (await api.post("/auth/customer/emailpass", { email: "pemilik@pembeli.test", password: "pembeli-123" })).data.token
        const { data: { cart } } = await api.post("/store/carts", { region_id: regions.idr.id, items: [{ variant_id: pa.variants[0].id, quantity: 1 }], shipping_address: ID_ADDRESS }, store({ authorization: `Bearer ${ownerToken}` }))
        const url = `/store/carts/${cart.id}/seller-shipping`
        expect((await api.get(url).catch(fail)).status).toBe(400)
        expect((await api.get(url, store({ authorization: `Bearer ${other}` })).catch(fail)).status).toBe(404)
        expect((await api.get(url, store()).catch(fail)).status).toBe(404)
        const mine = await api.get(url, store({ authorization: `Bearer ${ownerToken}` }))
        expect(mine.data.sellers.map((g: OwnedShippingGroup) => g.seller.handle)).toEqual(["bengkel-a"])
        expect((await api.get("/store/carts/cart_nope/seller-shipping", store()).catch(fail)).status).toBe(404)
        // a seller's or operator's token is no shopper: the registered shopper's cart stays hidden
        expect((await api.get(url, store({ authorization: `Bearer ${a.token}` })).catch(fail)).status).toBe(404)
        expect((await api.get(url, store({ authorization: `Bearer ${admin}` })).catch(fail)).status).toBe(404)
      }, SLOW)
    })
  },
})
