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
