import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { SearchTypes } from "@medusajs/framework/types"
import medusaPostgresProvider from "@medusajs/search-postgres"
import { CantingPostgresSearchService } from "../../../src/search/postgres/_service"
import { createSearchDatabase, documents, managerFor, productIndex, type PgClient } from "./provider-db"

// Our provider (typed columns, a vector per language) and Medusa's own Postgres provider (jsonb
// documents, one English vector) hold the same generated documents in one real PostgreSQL database,
// and answer the same queries: Medusa's is the reference for what the query language means. Without
// free text every answer must match exactly: hits in order, documents, counts, facet counts, price
// stats. With free text the two rank differently (ours stems Indonesian words as Indonesian), so the
// whole match set, the count and the facets must match, and ours must be in its own rank order.
// Runs on DB_HOST/DB_PORT (scripts/test.mjs sets them); a database of its own is made and dropped.
const DB = `canting_parity_${process.pid}`
const FACETS: SearchTypes.SearchFacetRequest[] = [
  ...["technique", "dye_family", "motifs", "fabric", "form", "eco_tags", "seller_handle", "in_stock"].map((field) => ({ field, type: "value" as const, limit: 100 })),
  { field: "price_idr", type: "stats" as const },
  { field: "price_usd", type: "stats" as const },
]

type Q = { q?: string; filters?: SearchTypes.SearchFilters; order?: Record<string, SearchTypes.SearchOrderBy>; skip?: number; take?: number; options?: SearchTypes.SearchOptions }

const QUERIES: Q[] = [
  {},
  { order: { created_at: "DESC" }, take: 24 },
  { order: { created_at: "DESC" }, skip: 24, take: 24 },
  { filters: { technique: { $in: ["batik_tulis", "batik_cap"] }, dye_family: { $in: ["natural"] } }, order: { price_idr: "ASC" } },
  { filters: { motifs: { $overlaps: ["jlamprang", "liong"] } }, order: { price_idr: "DESC" }, take: 10 },
  { filters: { eco_tags: { $overlaps: ["wastewater_treated"] }, seller_handle: { $in: ["alam"] } } },
  { filters: { in_stock: true, seller_handle: { $in: ["cap-uji"] } }, order: { created_at: "DESC" } },
  { filters: { price_idr: { $gte: 150_000, $lte: 250_000 } }, order: { price_idr: "ASC" } },
  { filters: { price_usd: { $lte: 12 } }, order: { price_usd: "DESC" } },
  { filters: { seller_id: { $nin: ["sel_sekar", "sel_kauman"] } }, order: { created_at: "DESC" } },
  { filters: { $not: { price_usd: { $gt: 20 } } }, order: { created_at: "ASC" } },
  { filters: { $or: [{ technique: "batik_tulis" }, { form: { $in: ["sarung"] } }], dye_family: { $exists: true } }, order: { created_at: "DESC" } },
  { filters: { dye_family: { $ne: "natural" }, motifs: { $contains: ["jlamprang"] } }, order: { created_at: "DESC" } },
  { filters: { technique: "tiruan_batik_printing", dye_family: "natural" } },
  { q: "jlamprang" },
  { q: "batik tulis", take: 24 },
  { q: "batik tulis", skip: 24, take: 24 },
  { q: "hand-drawn" },
  { q: "kain", filters: { technique: { $in: ["batik_cap"] }, in_stock: true } },
  { q: "sarung", order: { _score: "DESC", created_at: "DESC" } },
  { q: "selendang", order: { price_idr: "ASC" } },
  { q: "jla", options: { match_strategy: "last" }, take: 6 },
  { q: "pewarna alam", options: { match_strategy: "any" } },
  { q: "tidakada" },
  { q: "jlamprag", options: { typo_tolerance: true } },
]

/** A facet as `expectSameCounts` compares it: a stats facet's figures, or a value map. */
type FacetCompare = { type?: string; avg?: number | null; sum?: number | null }

describe("our Postgres provider answers as Medusa's does", () => {
  let admin: PgClient
  let client: PgClient
  let ours: CantingPostgresSearchService
  let medusa: SearchTypes.ISearchProvider
  const index = productIndex("product_parity")

  beforeAll(async () => {
    ;({ admin, client } = await createSearchDatabase(DB))
    ours = new CantingPostgresSearchService({ manager: managerFor(client) })
    const MedusaPostgres = (medusaPostgresProvider as unknown as { services: (new (deps: unknown, options: unknown) => SearchTypes.ISearchProvider)[] }).services[0]
    medusa = new MedusaPostgres({ manager: managerFor(client) }, { engine: "native" })
    // One set of documents for both (the generator moves on with every call).
    const corpus = documents(400)
    for (const provider of [ours, medusa]) {
      await provider.upsertIndex({ index })
      await provider.upsertDocuments({ index: index.physical_name, definition: index, documents: corpus as SearchTypes.SearchDocument[] })
    }
  })

  afterAll(async () => {
    await client?.end()
    await admin?.query(`drop database if exists ${DB}`)
    await admin?.end()
  })

  const input = (q: Q): SearchTypes.ProviderSearchQuery => ({
    index,
    q: q.q,
    filters: q.filters,
    attributes_to_retrieve: ["id", "handle", "title_id", "technique", "price_idr"],
    pagination: { skip: q.skip ?? 0, take: q.take ?? 20, order: q.order },
    search_options: { count: "exact", facets: FACETS, ...q.options },
  })
  /** Facet values as a map (ties in count may be listed in another collation's order). */
  const facetMap = (facets: SearchTypes.SearchResult["facets"]) =>
    Object.fromEntries(Object.entries(facets ?? {}).map(([field, f]) => [field, f.type === "value" ? Object.fromEntries(f.values.map((v) => [v.value, v.count])) : f]))

  function expectSameCounts(mine: SearchTypes.SearchResult, theirs: SearchTypes.SearchResult) {
    expect(mine.metadata.count).toBe(theirs.metadata.count)
    const [a, b] = [facetMap(mine.facets), facetMap(theirs.facets)]
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort())
    for (const field of Object.keys(b)) {
      const [x, y] = [a[field] as FacetCompare, b[field] as FacetCompare]
      if (x?.type === "stats") {
        expect({ ...x, avg: x.avg && Number(x.avg.toFixed(6)), sum: x.sum && Number(x.sum.toFixed(6)) })
          .toEqual({ ...y, avg: y.avg && Number(y.avg.toFixed(6)), sum: y.sum && Number(y.sum.toFixed(6)) })
      } else expect(x).toEqual(y)
    }
  }

  /** Our answer and Medusa's to the same query. */
  async function expectSameAnswer(q: Q) {
    const [mine, theirs] = [await ours.search(input(q)), await medusa.search(input(q))]
    if (!q.q) {
      expect(mine.hits.map((h) => h.id)).toEqual(theirs.hits.map((h) => h.id))
      expect(mine.hits.map((h) => h.document)).toEqual(theirs.hits.map((h) => h.document))
    } else {
      // Every match, not one page: the same set of documents.
      const everyPage = { skip: 0, take: 1000, order: q.order }
      const all = (r: SearchTypes.ISearchProvider) => r.search({ ...input(q), pagination: everyPage })
      const [everything, reference] = [await all(ours), await all(medusa)]
      expect(everything.hits.map((h) => h.id).sort()).toEqual(reference.hits.map((h) => h.id).sort())
      // In our rank order (best first, ties by id), the page a slice of it.
      const scored = await ours.search({ ...input(q), pagination: everyPage, search_options: { ...input(q).search_options, include_score: true } })
      if (!q.order) {
        for (let i = 1; i < scored.hits.length; i++) {
          const [p, h] = [scored.hits[i - 1], scored.hits[i]]
          expect(p.score! > h.score! || (p.score === h.score && p.id < h.id)).toBe(true)
        }
      }
      expect(mine.hits.map((h) => h.id)).toEqual(scored.hits.slice(q.skip ?? 0, (q.skip ?? 0) + (q.take ?? 20)).map((h) => h.id))
    }
    expectSameCounts(mine, theirs)
  }

  it.each(QUERIES.map((q) => [JSON.stringify(q), q] as const))("%s", async (_name, q) => {
    await expectSameAnswer(q)
  })

  it("the corpus is varied enough for the comparisons to mean something", async () => {
    const all = await ours.search(input({}))
    expect(all.metadata.count).toBe(400)
    expect(Object.keys(facetMap(all.facets).technique)).toHaveLength(4)
    expect((await ours.search(input({ q: "batik tulis" }))).metadata.count).toBeGreaterThan(20)
    expect((await ours.search(input({ q: "jlamprag", options: { typo_tolerance: true } }))).metadata.count).toBeGreaterThan(0)
  })

  it("facets follow the hits when a minimum score narrows them (Medusa's SQL counts the unscored matches)", async () => {
    const r = await ours.search(input({ q: "jlamprag", options: { typo_tolerance: true, min_score: 0.5 } }))
    const total = Object.values(facetMap(r.facets).technique as Record<string, number>).reduce((s, n) => s + n, 0)
    expect(total).toBe(r.metadata.count)
  })

  it("sees a write at once: an update, a new document and a deletion, with every answer still Medusa's", async () => {
    expect((await ours.search(input({ filters: { id: "p0000" } }))).hits[0].document.title_id).not.toBe("kain zzyzx")
    const [first] = documents(1)
    const write = async (docs: unknown[]) => {
      for (const provider of [ours, medusa]) await provider.upsertDocuments({ index: index.physical_name, documents: docs as SearchTypes.SearchDocument[], definition: index })
    }
    await write([{ ...first, technique: "batik_kombinasi", title_id: "kain zzyzx" }])
    const found = await ours.search(input({ q: "zzyzx" }))
    expect(found.hits.map((h) => [h.id, h.document.title_id, h.document.technique])).toEqual([["p0000", "kain zzyzx", "batik_kombinasi"]])
    expect(facetMap(found.facets).technique).toEqual({ batik_kombinasi: 1 })
    await write([{ ...first, id: "p9999", title_id: "kain zzyzx baru", price_idr: 1 }])
    const both = await ours.search(input({ q: "zzyzx", order: { price_idr: "ASC" } }))
    expect(both.hits.map((h) => h.id)).toEqual(["p9999", "p0000"])
    for (const q of QUERIES.slice(0, 8)) await expectSameAnswer(q)

    for (const provider of [ours, medusa]) await provider.deleteDocuments({ index: index.physical_name, filters: { id: "p0000" } })
    expect((await ours.search(input({ q: "zzyzx" }))).hits.map((h) => h.id)).toEqual(["p9999"])
    expect((await ours.search(input({}))).metadata.count).toBe(400)
    for (const q of QUERIES.slice(0, 8)) await expectSameAnswer(q)
  })

  it("answers a batch of facet queries over the same words (disjunctive facets) as it answers each alone, and as Medusa's does", async () => {
    for (const [q, options] of [["batik", {}], [undefined, {}], ["jlamprag", { typo_tolerance: true, min_score: 0.4 }]] as const) {
      const facetQuery = (filters: SearchTypes.SearchFilters, facets = FACETS): SearchTypes.ProviderSearchQuery => ({
        ...input({ q, filters, take: 0, options }), search_options: { count: "exact", facets, ...options },
      })
      const batch = [
        facetQuery({ technique: { $in: ["batik_tulis"] }, dye_family: { $in: ["natural"] } }),
        facetQuery({ dye_family: { $in: ["natural"] } }, [{ field: "technique", type: "value", limit: 100 }]),
        facetQuery({ technique: { $in: ["batik_tulis"] } }, [{ field: "dye_family", type: "value", limit: 100 }]),
        { ...input({ q, take: 5, options }) }, // a page among them is answered on its own
      ]
      const together = await ours.searchMany(batch)
      const alone = await Promise.all(batch.map((b) => ours.search(b)))
      expect(together.map((r) => [r.hits.map((h) => h.id), r.metadata.count, facetMap(r.facets)]))
        .toEqual(alone.map((r) => [r.hits.map((h) => h.id), r.metadata.count, facetMap(r.facets)]))
      if (!options.min_score) {
        for (const [i, b] of batch.slice(0, 3).entries()) expectSameCounts(together[i], await medusa.search(b))
      }
    }
  })

  it("keeps index versions apart: a second physical index holds its own documents and is dropped alone", async () => {
    const next = productIndex("product_parity_v2")
    await ours.upsertIndex({ index: next })
    await ours.upsertDocuments({ index: next.physical_name, definition: next, documents: documents(3) as SearchTypes.SearchDocument[] })
    expect((await ours.search({ ...input({}), index: next })).metadata.count).toBe(3)
    expect((await ours.listIndexes()).map((i) => [i.name, i.document_count])).toEqual([["product_parity", 400], ["product_parity_v2", 3]])
    await ours.deleteIndex({ index: next.physical_name })
    expect((await ours.listIndexes()).map((i) => i.name)).toEqual(["product_parity"])
    expect((await ours.search(input({}))).metadata.count).toBe(400)
  })

  it("refuses what it cannot answer rather than approximating it", async () => {
    await expect(ours.search({ ...input({}), search_options: { distinct: "seller_id" } })).rejects.toThrow(/distinct/)
    await expect(ours.search(input({ filters: { colour: "biru" } }))).rejects.toThrow(/Unknown filter field "colour"/)
    await expect(ours.search(input({ filters: { price_idr: { $overlaps: [1] } } }))).rejects.toThrow(/needs an array field/)
    await expect(ours.upsertIndex({ index: { ...index, fields: { ...index.fields, colour: { type: "keyword", filterable: true } } } as SearchTypes.ResolvedSearchIndexDefinition }))
      .rejects.toThrow(/no text column for field "colour"/)
  })
})
