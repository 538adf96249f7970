import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createTranslationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { SELLER_MODULE } from "../src/modules/seller"
import type SellerModuleService from "../src/modules/seller/service"
import type { Api, OrderBody, SellerShippingGroup } from "./api-types"

type ProductSpec = { title: string; title_en?: string; technique: string; status?: "published" | "draft"; seller?: string }

/**
 * A small store: a publishable key on the default sales channel, IDR and USD regions,
 * an approved and a draft seller, and products linked to them.
 */
export async function createStoreFixture(container: MedusaContainer, products: ProductSpec[]) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const [salesChannel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({})
  const { result: [key] } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "test", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannel.id] } })
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Indonesia", currency_code: "idr", countries: ["id"] }, { name: "International", currency_code: "usd", countries: ["us"] }] },
  })

  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
  const [approved, draft] = await sellers.createSellers([
    { handle: "approved-demo", name: "Approved Workshop", status: "approved", email: "owner@approved.test", sentra: "kauman", techniques: ["batik_tulis"], story: "Cerita bengkel" },
    { handle: "draft-demo", name: "Draft Workshop", status: "draft", email: "owner@draft.test" },
  ])
  await createTranslationsWorkflow(container).run({
    input: { translations: [{ reference_id: approved.id, reference: "seller", locale_code: "en-US", translations: { story: "Workshop story" } }] },
  })

  const { result: created } = await createProductsWorkflow(container).run({
    input: {
      products: products.map((p, i) => ({
        title: p.title, handle: `product-${i}`, status: p.status ?? "published",
        sales_channels: [{ id: salesChannel.id }], metadata: { technique: p.technique },
        options: [{ title: "Ukuran", values: ["Standar"] }],
        variants: [{ title: "Standar", options: { Ukuran: "Standar" }, manage_inventory: false,
          prices: [{ amount: 350000, currency_code: "idr" }, { amount: 22, currency_code: "usd" }] }],
      })),
    },
  })
  await link.create(created.map((product, i) => ({
    [SELLER_MODULE]: { seller_id: products[i].seller === "draft" ? draft.id : approved.id },
    [Modules.PRODUCT]: { product_id: product.id },
  })))
  const translated = created.flatMap((product, i) => (products[i].title_en
    ? [{ reference_id: product.id, reference: "product", locale_code: "en-US", translations: { title: products[i].title_en! } }]
    : []))
  if (translated.length) await createTranslationsWorkflow(container).run({ input: { translations: translated } })

  return { key: key.token, regions, products: created, sellers: { approved, draft } }
}

type StoreApi = Api

/** A complete Indonesian delivery address for store carts. */
export const ID_ADDRESS = {
  first_name: "Rina", last_name: "Pembeli", address_1: "Jl. Merdeka 10", city: "Kota Semarang", province: "Jawa Tengah",
  postal_code: "50132", country_code: "id", phone: "+6281234567891",
}

/**
 * Picks each workshop's first shipping option for the cart (one shipping method per seller, as
 * the checkout does) and answers the groups as `/store/carts/:id/seller-shipping` lists them.
 */
export async function chooseShippingPerSeller(api: StoreApi, h: unknown, cartId: string) {
  const { data: { sellers } } = await api.get<{ sellers: SellerShippingGroup[] }>(`/store/carts/${cartId}/seller-shipping`, h)
  for (const group of sellers) await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: group.options[0].id }, h)
  return sellers as { seller: { id: string; name: string } | null; shipping_profile_id: string; options: { id: string; name: string; amount: number }[] }[]
}

/** What `POST /store/carts/:id/complete` answers: the order, or the cart with an error. */
type CompletedCart = { type: "order"; order: PlacedOrder; error?: undefined } | { type: "cart"; order?: undefined; error?: unknown }

/** A placed order as the specs read it (the store returns much more). */
export type PlacedOrder = OrderBody & { display_id: number; email: string; total: number }

/**
 * Places one order through the store API as a shopper would: cart → items → address →
 * each workshop's first shipping option → payment collection with a `pp_system_default` (bank transfer) session → complete.
 * Returns the completed order (the response's `order`).
 */
export async function placeOrderThroughStore(
  api: StoreApi, key: string,
  input: { region_id: string; email: string; items: { variant_id: string; quantity: number }[]; address?: Record<string, string>; token?: string }
) {
  const h = { headers: { "x-publishable-api-key": key, ...(input.token ? { authorization: `Bearer ${input.token}` } : {}) } }
  const { data: { cart } } = await api.post<{ cart: { id: string } }>("/store/carts", { region_id: input.region_id, email: input.email }, h)
  for (const item of input.items) await api.post(`/store/carts/${cart.id}/line-items`, item, h)
  const address = input.address ?? ID_ADDRESS
  await api.post(`/store/carts/${cart.id}`, { shipping_address: address, billing_address: address }, h)
  await chooseShippingPerSeller(api, h, cart.id)
  const { data: { payment_collection } } = await api.post<{ payment_collection: { id: string } }>("/store/payment-collections", { cart_id: cart.id }, h)
  await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, h)
  const { data } = await api.post<CompletedCart>(`/store/carts/${cart.id}/complete`, {}, h)
  if (data.type !== "order") throw new Error(`cart not completed: ${JSON.stringify(data.error ?? data)}`)
  // The cart id is what lets the browser that placed a guest order read it (x-canting-order-access).
  return { ...data.order, cart_id: cart.id as string }
}
