import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { CantingPostgresSearchService } from "../../../src/modules/search-postgres/service"
import { createSearchDatabase, documents, managerFor, productIndex } from "./provider-db"

// Our provider answers keyword searches from memory; Medusa's answers the same query in SQL. Both
// run here against one real PostgreSQL table of generated documents, and every answer must match:
// hits in order, counts, facet counts, price stats. Runs on DB_HOST/DB_PORT (scripts/test.mjs sets
// them for the integration suite); a database of its own is made and dropped.
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

describe("our Postgres provider answers exactly as Medusa's SQL does", () => {
  let admin: any
  let client: any
  let ours: CantingPostgresSearchService
  const index = productIndex("product_parity")

  beforeAll(async () => {
    ;({ admin, client } = await createSearchDatabase(DB))
    ours = new CantingPostgresSearchService({ manager: managerFor(client) } as any, { engine: "native" })
    await ours.upsertIndex({ index })
    await ours.upsertDocuments({ index: index.physical_name, definition: index, documents: documents(400) as any })
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
  const medusa = (i: SearchTypes.ProviderSearchQuery) => PostgresSearchService.prototype.search.call(ours, i)
  /** Facet values as a map (ties in count may be listed in another collation's order). */
  const facetMap = (facets: SearchTypes.SearchResult["facets"]) =>
    Object.fromEntries(Object.entries(facets ?? {}).map(([field, f]) => [field, f.type === "value" ? Object.fromEntries(f.values.map((v) => [v.value, v.count])) : f]))

  /** Our answer and Medusa's to the same query: hits in order, documents, count, facets, stats. */
  async function expectSameAnswer(q: Q) {
    const before = ours.stats.memory
    const [mine, theirs] = [await ours.search(input(q)), await medusa(input(q))]
    expect(ours.stats.memory).toBe(before + 1)
    expect(mine.hits.map((h) => h.id)).toEqual(theirs.hits.map((h) => h.id))
    expect(mine.hits.map((h) => h.document)).toEqual(theirs.hits.map((h) => h.document))
    expect(mine.metadata.count).toBe(theirs.metadata.count)
    const [a, b] = [facetMap(mine.facets), facetMap(theirs.facets)]
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort())
    for (const field of Object.keys(b)) {
      const [x, y] = [a[field] as any, b[field] as any]
      if (x?.type === "stats") {
        expect({ ...x, avg: x.avg && Number(x.avg.toFixed(6)), sum: x.sum && Number(x.sum.toFixed(6)) })
          .toEqual({ ...y, avg: y.avg && Number(y.avg.toFixed(6)), sum: y.sum && Number(y.sum.toFixed(6)) })
      } else expect(x).toEqual(y)
    }
  }

  it.each(QUERIES.map((q) => [JSON.stringify(q), q] as const))("%s", async (_name, q) => {
    await expectSameAnswer(q)
  })

  it("reads a page's documents once per copy: asked again, they come from memory", async () => {
    const q: Q = { filters: { technique: { $in: ["batik_cap"] } }, order: { price_idr: "DESC" }, take: 12 }
    const first = await ours.search(input(q))
    const { docHits, docMisses } = ours.stats
    const again = await ours.search(input(q))
    expect(again.hits).toEqual(first.hits)
    expect(ours.stats).toEqual(expect.objectContaining({ docHits: docHits + 12, docMisses }))
  })

  it("the corpus is varied enough for the comparisons to mean something", async () => {
    const all = await ours.search(input({}))
    expect(all.metadata.count).toBe(400)
    expect(Object.keys(facetMap(all.facets).technique)).toHaveLength(4)
    expect((await ours.search(input({ q: "batik tulis" }))).metadata.count).toBeGreaterThan(20)
    expect((await ours.search(input({ q: "jlamprag", options: { typo_tolerance: true } }))).metadata.count).toBeGreaterThan(0)
  })

  it("with memory: false (CANTING_SEARCH_MEMORY=off) every search is Medusa's SQL", async () => {
    const sql = new CantingPostgresSearchService({ manager: managerFor(client) } as any, { engine: "native", memory: false })
    const r = await sql.search(input({ q: "batik tulis" }))
    expect(sql.stats).toEqual(expect.objectContaining({ memory: 0, fallback: 1, loads: 0 }))
    expect(r.hits.map((h) => h.id)).toEqual((await ours.search(input({ q: "batik tulis" }))).hits.map((h) => h.id))
  })

  it("facets follow the hits when a minimum score narrows them (Medusa's SQL counts the unscored matches)", async () => {
    const r = await ours.search(input({ q: "jlamprag", options: { typo_tolerance: true, min_score: 0.5 } }))
    const total = Object.values(facetMap(r.facets).technique as Record<string, number>).reduce((s, n) => s + n, 0)
    expect(total).toBe(r.metadata.count)
  })

  it("sees a write at once: an update and a new document patch the copy, a deletion reloads it", async () => {
    await ours.search(input({}))
    // p0000's document is read (and kept for the next pages) before it changes.
    expect((await ours.search(input({ filters: { id: "p0000" } }))).hits[0].document.title_id).not.toBe("kain zzyzx")
    const { loads, patches } = ours.stats
    const [first] = documents(1)
    await ours.upsertDocuments({ index: index.physical_name, documents: [{ ...first, technique: "batik_kombinasi", title_id: "kain zzyzx" }] as any, definition: index })
    const found = await ours.search(input({ q: "zzyzx" }))
    expect(found.hits.map((h) => [h.id, h.document.title_id, h.document.technique])).toEqual([["p0000", "kain zzyzx", "batik_kombinasi"]])
    expect(facetMap(found.facets).technique).toEqual({ batik_kombinasi: 1 })
    await ours.upsertDocuments({ index: index.physical_name, documents: [{ ...first, id: "p9999", title_id: "kain zzyzx baru", price_idr: 1 }] as any, definition: index })
    const both = await ours.search(input({ q: "zzyzx", order: { price_idr: "ASC" } }))
    expect(both.hits.map((h) => h.id)).toEqual(["p9999", "p0000"])
    expect(ours.stats).toEqual(expect.objectContaining({ loads, patches: patches + 2 }))
    // Every answer still equals Medusa's SQL on the patched copy.
    for (const q of QUERIES.slice(0, 8)) await expectSameAnswer(q)

    await ours.deleteDocuments({ index: index.physical_name, filters: { id: "p0000" } } as any)
    const after = await ours.search(input({ q: "zzyzx" }))
    expect(after.hits.map((h) => h.id)).toEqual(["p9999"])
    expect((await ours.search(input({}))).metadata.count).toBe(400)
    expect(ours.stats.loads).toBe(loads + 1)
  })
})
