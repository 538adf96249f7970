import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import { regionPaymentProviders } from "../../../src/config/infrastructure"
import type { Api, HttpError } from "../../api-types"

/** A payment session as the store returns it (the fields the specs read). */
export type StorePaymentSession = { id: string; provider_id: string; amount: number; data: { id: string; client_secret?: string } }

/** A complete Indonesian delivery address (demo data). */
export const ID_SHIPPING = {
  first_name: "Rina", last_name: "Pembeli", address_1: "Jl. Merdeka 10", city: "Kota Semarang", province: "Jawa Tengah",
  postal_code: "50132", country_code: "id", phone: "+6281234567891",
}

/**
 * A store ready for checkout: publishable key, Indonesia (IDR, `id`) and International (USD, `us`, `sg`)
 * regions offering the configured payment providers, a warehouse linked to the sales channel with
 * flat-rate shipping, and one batik cloth whose single variant has managed inventory of `stock` units.
 */
export async function createCheckoutFixture(container: MedusaContainer, { stock = 3 }: { stock?: number } = {}) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const [salesChannel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({})
  const { result: [key] } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "checkout", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannel.id] } })
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "Indonesia", currency_code: "idr", countries: ["id"], payment_providers: regionPaymentProviders() },
        { name: "International", currency_code: "usd", countries: ["us", "sg"], payment_providers: regionPaymentProviders() },
      ],
    },
  })
  const idr = regions.find((r) => r.currency_code === "idr")!
  const usd = regions.find((r) => r.currency_code === "usd")!

  const { result: [location] } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Gudang Uji (demo)" }] } })
  await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannel.id] } })
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const { result: [profile] } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Checkout profile", type: "default" }] } })
  const set = await fulfillment.createFulfillmentSets({
    name: "Pengiriman uji", type: "shipping",
    service_zones: [
      { name: "Indonesia", geo_zones: [{ type: "country", country_code: "id" }] },
      { name: "International", geo_zones: [{ type: "country", country_code: "us" }, { type: "country", country_code: "sg" }] },
    ],
  })
  await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id } })
  const zone = (name: string) => set.service_zones.find((z) => z.name === name)!.id
  const rules = [{ attribute: "enabled_in_store", value: "true", operator: "eq" as const }, { attribute: "is_return", value: "false", operator: "eq" as const }]
  await createShippingOptionsWorkflow(container).run({
    input: [
      { name: "Reguler (demo)", price_type: "flat", provider_id: "manual_manual", service_zone_id: zone("Indonesia"), shipping_profile_id: profile.id,
        type: { label: "Reguler", description: "demo", code: "reguler" }, prices: [{ currency_code: "idr", amount: 25000 }, { region_id: idr.id, amount: 25000 }], rules },
      { name: "International (demo)", price_type: "flat", provider_id: "manual_manual", service_zone_id: zone("International"), shipping_profile_id: profile.id,
        type: { label: "International", description: "demo", code: "intl" }, prices: [{ currency_code: "usd", amount: 35 }, { region_id: usd.id, amount: 35 }], rules },
    ],
  })

  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
  const [seller] = await sellers.createSellers([{ handle: "gudang-uji", name: "Bengkel Uji", status: "approved", email: "owner@uji.test" }])
  const { result: [product] } = await createProductsWorkflow(container).run({
    input: {
      products: [{
        title: "Kain Batik Tulis Uji (demo)", handle: "kain-uji", status: "published", shipping_profile_id: profile.id,
        sales_channels: [{ id: salesChannel.id }], metadata: { technique: "batik_tulis" },
        options: [{ title: "Ukuran", values: ["250x105"] }],
        variants: [{ title: "250x105", sku: "KAIN-UJI", options: { Ukuran: "250x105" }, manage_inventory: true,
          prices: [{ amount: 350000, currency_code: "idr" }, { amount: 22.5, currency_code: "usd" }] }],
      }],
    },
  })
  await link.create({ [SELLER_MODULE]: { seller_id: seller.id }, [Modules.PRODUCT]: { product_id: product.id } })
  const variant = product.variants[0]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [withInventory] } = await query.graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variant.id } })
  const inventoryItemId = (withInventory as unknown as { inventory_items: { inventory_item_id: string }[] }).inventory_items[0].inventory_item_id as string
  await createInventoryLevelsWorkflow(container).run({
    input: { inventory_levels: [{ inventory_item_id: inventoryItemId, location_id: location.id, stocked_quantity: stock }] },
  })

  return { key: key.token, regions: { idr, usd }, salesChannel, location, product, variant, inventoryItemId }
}

export type CheckoutFixture = Awaited<ReturnType<typeof createCheckoutFixture>>

export const storeHeaders = (key: string, extra: Record<string, string> = {}) => ({ headers: { "x-publishable-api-key": key, ...extra } })

const shippingOptionIds = new Map<string, string>()

/**
 * A cart ready to complete, built through the store API as the storefront does: cart with the
 * item, email and address → the region's shipping option → payment collection and a session
 * with `provider`. Returns the cart id and the payment session.
 */
export async function readyCart(api: Api, fixture: CheckoutFixture, input: {
  quantity?: number; region?: "idr" | "usd"; provider?: string; token?: string; address?: Record<string, string>
} = {}) {
  const h = storeHeaders(fixture.key, input.token ? { authorization: `Bearer ${input.token}` } : {})
  // Failures name the step and carry the response body.
  const said = (step: string) => (e: HttpError) => {
    throw new Error(`readyCart ${step}: ${e.response?.status} ${JSON.stringify(e.response?.data)}`)
  }
  const api_ = {
    post: <T>(url: string, body: unknown, config: unknown) => api.post<T>(url, body, config).catch(said(`POST ${url}`)),
    get: <T>(url: string, config: unknown) => api.get<T>(url, config).catch(said(`GET ${url}`)),
  }
  const region = fixture.regions[input.region ?? "idr"]
  // One guest email per cart: Medusa creates a guest customer per new email, and two carts created
  // at the same moment with the same new email race on that insert.
  const email = `pembeli-${Math.random().toString(36).slice(2, 10)}@contoh.test`
  const address = input.address ?? ID_SHIPPING
  const { data: { cart } } = await api_.post<{ cart: { id: string } }>("/store/carts", {
    region_id: region.id, email, items: [{ variant_id: fixture.variant.id, quantity: input.quantity ?? 1 }],
    shipping_address: address, billing_address: address,
  }, h)
  const key = `${fixture.key}:${region.id}:${address.country_code}`
  if (!shippingOptionIds.has(key)) {
    const { data: { shipping_options } } = await api_.get<{ shipping_options: { id: string }[] }>(`/store/shipping-options?cart_id=${cart.id}`, h)
    shippingOptionIds.set(key, shipping_options[0].id)
  }
  await api_.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shippingOptionIds.get(key) }, h)
  const { data: { payment_collection } } = await api_.post<{ payment_collection: { id: string } }>("/store/payment-collections", { cart_id: cart.id }, h)
  const { data: session } = await api_.post<{ payment_collection: { payment_sessions: StorePaymentSession[] } }>(`/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: input.provider ?? "pp_system_default" }, h)
  const paymentSession = session.payment_collection.payment_sessions.find((s) => s.provider_id === (input.provider ?? "pp_system_default"))!
  return { cartId: cart.id as string, paymentCollectionId: payment_collection.id as string, paymentSession }
}

/** Reserved and stocked units of the fixture's cloth at the warehouse. */
export async function stockLevel(container: MedusaContainer, fixture: CheckoutFixture) {
  const [level] = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: fixture.inventoryItemId, location_id: fixture.location.id })
  return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
}
