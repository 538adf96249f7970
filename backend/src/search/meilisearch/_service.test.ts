import { afterAll, beforeAll, describe, expect, it } from "vitest"
import "@medusajs/framework/modules-sdk"
import type { SearchTypes } from "@medusajs/framework/types"
import { startMeilisearchFake, type MeilisearchFake } from "../../../integration-tests/fakes/meilisearch-fake"
import productIndex from "../products"
import { toProductDocument, type ProductRow } from "../_product-document"
import { compileFilter } from "./_compile"
import { MeilisearchSearchService } from "./_service"

const definition = {
  ...productIndex, primary_key: "id", provider: "meilisearch", definition_hash: "test", physical_name: "product_1", settings: productIndex.settings ?? {},
} as SearchTypes.ResolvedSearchIndexDefinition

const row = (id: string, over: Partial<ProductRow> & { technique: string; motifs: string[]; dye: string; usd: number }): ProductRow => ({
  id, handle: `h-${id}`, title: over.title ?? `Kain ${id}`, status: "published", created_at: "2026-11-01T00:00:00.000Z",
  metadata: { technique: over.technique, motifs: over.motifs, dye_family: over.dye },
  seller: { id: "sel_1", handle: "sekar", name: "Sekar", sentra: "kauman", status: "approved" },
  variants: [{ id: `v-${id}`, manage_inventory: false, prices: [{ amount: over.usd, currency_code: "usd" }, { amount: over.usd * 15_000, currency_code: "idr" }] }],
})

describe("Meilisearch provider against a loopback fake of its HTTP API", () => {
  let fake: MeilisearchFake
  let provider: MeilisearchSearchService
  beforeAll(async () => {
    fake = await startMeilisearchFake()
    provider = new MeilisearchSearchService({}, { host: fake.url, apiKey: "test-key" })
  })
  afterAll(() => fake.close())

  it("creates the index and sends settings from the one definition: searchable by weight, filters, sorts, typos, synonyms, locales", async () => {
    const task = await provider.upsertIndex({ index: definition })
    expect(fake.requests[0]).toEqual({ method: "POST", path: "/indexes", body: { uid: "product_1", primaryKey: "id" } })
    const settings = fake.requests.find((r) => r.method === "PATCH" && r.path === "/indexes/product_1/settings")!.body
    expect(settings.searchableAttributes.slice(0, 3)).toEqual(["title_id", "title_en", "keywords"])
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(["technique", "motifs", "eco_tags", "seller_id", "seller_handle", "price_idr", "in_stock"]))
    expect(settings.sortableAttributes).toEqual(["price_idr", "price_usd", "created_at"])
    expect(settings.displayedAttributes).not.toContain("keywords")
    expect(settings.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } })
    expect(settings.synonyms["hand-drawn"]).toContain("tulis")
    expect(settings.synonyms["pewarna alam"]).toContain("natural dye")
    expect(settings.localizedAttributes).toEqual([
      { attributePatterns: ["title_id"], locales: ["ind"] }, { attributePatterns: ["title_en"], locales: ["eng"] },
    ])
    expect(task.status).toBe("enqueued")
    expect(await provider.waitForTask(task)).toEqual(expect.objectContaining({ status: "succeeded" }))
  })

  it("writes documents (dates as epoch ms) and counts them", async () => {
    const docs = [
      toProductDocument(row("p1", { technique: "batik_tulis", motifs: ["jlamprang"], dye: "natural", usd: 160, title: "Kain Batik Tulis Jlamprang" }))!,
      toProductDocument(row("p2", { technique: "batik_cap", motifs: ["liris"], dye: "synthetic", usd: 22 }))!,
      toProductDocument(row("p3", { technique: "batik_tulis", motifs: ["buketan"], dye: "synthetic", usd: 115 }))!,
    ]
    const task = await provider.upsertDocuments({ index: "product_1", definition, documents: docs })
    expect(task).toEqual(expect.objectContaining({ index: "product_1", status: "enqueued" }))
    const sent = fake.requests.find((r) => r.path === "/indexes/product_1/documents")!.body
    expect(sent.map((d: { id: string }) => d.id)).toEqual(["p1", "p2", "p3"])
    expect(sent[0].created_at).toBe(Date.parse("2026-11-01T00:00:00.000Z"))
    expect(sent[0].keywords).toContain("hand-drawn")
    expect(await provider.listIndexes()).toEqual([{ name: "product_1", provider: "meilisearch", document_count: 3 }])
  })

  it("compiles filters, sort and facets into one multi-search request and maps hits, counts and stats back", async () => {
    const query = (over: Partial<SearchTypes.ProviderSearchQuery>): SearchTypes.ProviderSearchQuery => ({
      index: definition, attributes_to_retrieve: ["id", "handle", "price_usd"], pagination: { skip: 0, take: 10 }, ...over,
    })
    const [filtered, relaxed] = await provider.searchMany([
      query({
        filters: { technique: { $in: ["batik_tulis"] }, seller_id: { $nin: ["sel_suspended"] }, price_usd: { $gte: 100 } },
        pagination: { skip: 0, take: 10, order: { price_usd: "ASC" } },
        search_options: { facets: [{ field: "motifs", type: "value" }, { field: "price_usd", type: "stats" }], count: "exact" },
      }),
      query({ filters: { seller_id: { $nin: ["sel_suspended"] } }, pagination: { skip: 0, take: 0 }, search_options: { facets: [{ field: "technique", type: "value" }], count: "none" } }),
    ])
    const request = fake.requests.filter((r) => r.path === "/multi-search").at(-1)!.body.queries
    expect(request[0]).toEqual(expect.objectContaining({
      indexUid: "product_1", q: "", filter: 'technique IN ["batik_tulis"] AND seller_id NOT IN ["sel_suspended"] AND price_usd >= 100',
      sort: ["price_usd:asc"], facets: ["motifs", "price_usd"], attributesToRetrieve: ["id", "handle", "price_usd"],
    }))
    expect(filtered.hits.map((h) => [h.id, h.document.price_usd])).toEqual([["p3", 115], ["p1", 160]])
    expect(filtered.metadata.count).toBe(2)
    expect(filtered.facets?.motifs).toEqual({ type: "value", values: [{ value: "buketan", count: 1 }, { value: "jlamprang", count: 1 }] })
    expect(filtered.facets?.price_usd).toEqual(expect.objectContaining({ type: "stats", min: 115, max: 160 }))
    expect(relaxed.metadata.count).toBeNull()
    expect(relaxed.facets?.technique).toEqual({ type: "value", values: [{ value: "batik_tulis", count: 2 }, { value: "batik_cap", count: 1 }] })
  })

  it("finds a document through the synonyms it configured ('hand-drawn' → tulis)", async () => {
    const result = await provider.search({ index: definition, attributes_to_retrieve: ["id"], q: "hand-drawn", pagination: { take: 10 } })
    expect(result.hits.map((h) => h.id).sort()).toEqual(["p1", "p3"])
  })

  it("deletes by id through the batch route and by filter through the filter route", async () => {
    await provider.deleteDocuments({ index: "product_1", filters: { id: ["p2"] } })
    expect(fake.requests.at(-1)).toEqual({ method: "POST", path: "/indexes/product_1/documents/delete-batch", body: ["p2"] })
    await provider.deleteDocuments({ index: "product_1", filters: { seller_id: "sel_1", technique: { $ne: "batik_cap" } } })
    expect(fake.requests.at(-1)).toEqual({ method: "POST", path: "/indexes/product_1/documents/delete", body: { filter: 'seller_id = "sel_1" AND technique != "batik_cap"' } })
    expect(fake.indexes.get("product_1")!.docs.size).toBe(0)
  })

  it("refuses what Meilisearch cannot do instead of answering differently", async () => {
    const ranged = { ...definition, fields: { ...definition.fields, price_idr: { type: "float", facetable: { types: ["range"] } } } } as SearchTypes.ResolvedSearchIndexDefinition
    await expect(provider.upsertIndex({ index: ranged })).rejects.toThrow(/range facets/)
    await expect(provider.search({ index: definition, attributes_to_retrieve: ["id"], filters: { handle: { $prefix: "h-" } } })).rejects.toThrow(/\$prefix/)
  })
})

describe("Meilisearch filter compilation", () => {
  it("nests $and/$or/$not, quotes strings and keeps numbers and booleans bare", () => {
    expect(compileFilter({ $or: [{ technique: "batik_tulis" }, { motifs: { $contains: ["jlamprang", "liris"] } }], in_stock: true, $not: { seller_handle: ["a\"b"] } }))
      .toBe('(technique = "batik_tulis" OR motifs = "jlamprang" AND motifs = "liris") AND in_stock = true AND NOT (seller_handle IN ["a\\"b"])')
    expect(compileFilter({ q: "ignored" })).toBeUndefined()
  })
})
