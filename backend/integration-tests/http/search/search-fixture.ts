import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow, createRegionsWorkflow, createStockLocationsWorkflow, linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import { createSellerProductWorkflow } from "../../../src/workflows/seller-product/workflows/create-seller-product"
import { toProductInput, type SellerListing } from "../../../src/workflows/seller-product/to-product-input"
import { PRODUCT_INDEX } from "../../../src/search/products"

type Listing = {
  key: string; seller: string; title: { id: string; en?: string }; technique: string; dye_family: string
  natural_dyes?: string[]; fabric: string; form: string; motifs: string[]; idr: number; usd: number; stock: number
  status?: "published" | "draft"
}

/** Six listings from three approved workshops, one of them a draft. Prices are test values. */
export const LISTINGS: Listing[] = [
  { key: "tulisJlamprang", seller: "sekar-uji", title: { id: "Kain Batik Tulis Jlamprang Biru", en: "Blue Jlamprang Hand-drawn Batik" },
    technique: "batik_tulis", dye_family: "natural", natural_dyes: ["indigofera"], fabric: "mori_primissima", form: "kain_panjang", motifs: ["jlamprang"], idr: 2_500_000, usd: 160, stock: 2 },
  { key: "tulisBuketan", seller: "sekar-uji", title: { id: "Selendang Tulis Buketan Sutra" },
    technique: "batik_tulis", dye_family: "synthetic", fabric: "sutera", form: "selendang", motifs: ["buketan"], idr: 1_800_000, usd: 115, stock: 1 },
  { key: "capLiris", seller: "cap-uji", title: { id: "Sarung Cap Liris", en: "Liris Stamped Sarong" },
    technique: "batik_cap", dye_family: "synthetic", fabric: "mori_prima", form: "sarung", motifs: ["liris"], idr: 350_000, usd: 22, stock: 0 },
  { key: "printSemen", seller: "cap-uji", title: { id: "Kemeja Printing Motif Semen", en: "Semen Pattern Printed Shirt" },
    technique: "tiruan_batik_printing", dye_family: "synthetic", fabric: "polyester_blend", form: "kemeja", motifs: ["semen"], idr: 85_000, usd: 6, stock: 5 },
  { key: "capSawat", seller: "alam-uji", title: { id: "Kain Cap Sawat Indigo", en: "Natural Dye Stamped Sawat Cloth" },
    technique: "batik_cap", dye_family: "natural", natural_dyes: ["indigofera"], fabric: "mori_prima", form: "kain_panjang", motifs: ["sawat"], idr: 600_000, usd: 40, stock: 3 },
  { key: "draft", seller: "alam-uji", title: { id: "Draf Tulis Jlamprang Rahasia" },
    technique: "batik_tulis", dye_family: "natural", fabric: "mori_prima", form: "kain_panjang", motifs: ["jlamprang"], idr: 900_000, usd: 60, stock: 1, status: "draft" },
]

export type SearchFixture = Awaited<ReturnType<typeof createSearchFixture>>

/** A store (publishable key, IDR and USD regions, a stock location) and the listings above, made the way sellers make them. */
export async function createSearchFixture(container: MedusaContainer) {
  const [salesChannel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({})
  const { result: [key] } = await createApiKeysWorkflow(container).run({ input: { api_keys: [{ title: "test", type: "publishable", created_by: "" }] } })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannel.id] } })
  await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Indonesia", currency_code: "idr", countries: ["id"] }, { name: "International", currency_code: "usd", countries: ["us"] }] },
  })
  const { result: [location] } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Pekalongan" }] } })

  const sellerModule = container.resolve<SellerModuleService>(SELLER_MODULE)
  const sellers = await sellerModule.createSellers([
    { handle: "sekar-uji", name: "Batik Sekar Uji", status: "approved", email: "sekar@uji.test", sentra: "kauman" },
    { handle: "cap-uji", name: "Cap Uji", status: "approved", email: "cap@uji.test", sentra: "pesindon" },
    { handle: "alam-uji", name: "Alam Uji", status: "approved", email: "alam@uji.test", sentra: "jenggot" },
  ])
  const byHandle = new Map(sellers.map((s) => [s.handle, s]))

  const products: Record<string, { id: string; handle: string }> = {}
  for (const l of LISTINGS) {
    const seller = byHandle.get(l.seller)!
    // The fixture table spells codes as plain strings; they are the vocabulary's codes.
    const body = {
      title: l.title, status: l.status ?? "published", technique: l.technique, dye_family: l.dye_family, natural_dyes: l.natural_dyes,
      fabric: l.fabric, form: l.form, motifs: l.motifs, variants: [{ size: "Standar", prices: { idr: l.idr, usd: l.usd }, stock: l.stock }],
    } as SellerListing
    const { result: id } = await createSellerProductWorkflow(container).run({
      input: {
        seller_id: seller.id, location_id: location.id, product: toProductInput(body, seller.handle, salesChannel.id),
        en: { title: l.title.en }, stock: [l.stock],
      },
    })
    const { data: [p] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "handle"], filters: { id } })
    products[l.key] = { id: p.id, handle: p.handle! }
  }
  return { key: key.token, sellers: Object.fromEntries(sellers.map((s) => [s.handle, s])), products }
}

/** Polls until `check` passes (the index is kept in sync by events, a moment after each write). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const started = Date.now()
  let value = await read()
  while (!check(value)) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value).slice(0, 500)}`)
    await new Promise((r) => setTimeout(r, 150))
    value = await read()
  }
  return value
}

/** Ids the product index itself holds (no query-time filtering), to prove what the sync wrote. */
export async function indexedIds(container: MedusaContainer, ids: string[]): Promise<string[]> {
  const search = container.resolve<SearchTypes.ISearchModuleService>(Modules.SEARCH)
  const result = await search.search({ entity: PRODUCT_INDEX, fields: ["id"], filters: { id: ids }, pagination: { take: 100 } })
  return result.hits.map((h) => h.id).sort()
}

/** Waits until the product index has an active version (the app seeds it in the background at start). */
export async function waitForIndex(container: MedusaContainer) {
  const search = container.resolve<SearchTypes.ISearchModuleService>(Modules.SEARCH)
  await eventually(() => search.listIndexes(), (list) => list.some((i) => i.name === PRODUCT_INDEX && i.status === "ready"), 30_000)
}
