import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { productIndexSettings, productSearchFields } from "../../../src/search/_product-fields"
import { CantingPostgresSearchService } from "../../../src/modules/search-postgres/service"
import { stampTriggerSql } from "../../../src/lib/search-stamp"

// Our provider answers keyword searches from memory; Medusa's answers the same query in SQL. Both
// run here against one real PostgreSQL table of generated documents, and every answer must match:
// hits in order, counts, facet counts, price stats. Runs on DB_HOST/DB_PORT (scripts/test.mjs sets
// them for the integration suite); a database of its own is made and dropped.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Client } = require("pg")

const DB = `canting_parity_${process.pid}`
const conn = (database: string) => ({
  host: process.env.DB_HOST ?? "127.0.0.1", port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USERNAME ?? "postgres", password: process.env.DB_PASSWORD || undefined, database,
})

/** Medusa's manager interface over one pg client: `?` placeholders (outside quotes) become $n. */
function managerFor(client: any) {
  const toPg = (sql: string) => {
    let n = 0, out = "", quoted = false
    for (const c of sql) {
      if (c === "'") quoted = !quoted
      out += c === "?" && !quoted ? `$${++n}` : c
    }
    return out
  }
  const manager: any = {
    execute: async (sql: string, params: unknown[] = []) => (await client.query(toPg(sql), params)).rows,
    transactional: async (run: (m: any) => Promise<unknown>) => {
      await client.query("begin")
      try {
        const r = await run(manager)
        await client.query("commit")
        return r
      } catch (e) {
        await client.query("rollback")
        throw e
      }
    },
  }
  return manager
}

// Deterministic documents: a small linear congruential generator, so a failure repeats.
let seed = 42
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]
const TECHNIQUES = ["batik_tulis", "batik_cap", "batik_kombinasi", "tiruan_batik_printing"] as const
const MOTIFS = ["jlamprang", "buketan", "liong", "semen", "terang_bulan", "pagi_sore"] as const
const SELLERS = ["sekar", "cap-uji", "alam", "pesisir", "kauman"] as const
const WORDS = ["kain", "batik", "tulis", "cap", "sarung", "selendang", "jlamprang", "buketan", "indigo", "pewarna", "alam", "kemeja"]

function documents(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const technique = pick(TECHNIQUES)
    const motifs = rand() < 0.2 ? [pick(MOTIFS), pick(MOTIFS)].filter((m, j, a) => a.indexOf(m) === j) : [pick(MOTIFS)]
    const seller = pick(SELLERS)
    const title = Array.from({ length: 3 }, () => pick(WORDS)).join(" ")
    return {
      id: `p${String(i).padStart(4, "0")}`,
      handle: `kain-${i}`,
      title_id: `${title} ${motifs[0]}`,
      title_en: rand() < 0.7 ? `cloth ${title}` : undefined,
      description: Array.from({ length: 12 }, () => pick(WORDS)).join(" "),
      keywords: technique === "batik_tulis" ? "hand-drawn tulis" : technique === "batik_cap" ? "stamped cap" : "",
      technique,
      is_imitation: technique === "tiruan_batik_printing",
      dye_family: rand() < 0.4 ? "natural" : rand() < 0.9 ? "synthetic" : undefined,
      motifs,
      fabric: pick(["mori_prima", "sutra", "katun"]),
      form: pick(["kain_panjang", "sarung", "selendang", "kemeja"]),
      eco_tags: rand() < 0.3 ? ["natural_dyes"] : [],
      seller_id: `sel_${seller}`,
      seller_handle: seller,
      seller_name: `Bengkel ${seller}`,
      price_idr: 100_000 + i * 1_000 + Math.floor(rand() * 900),
      price_usd: i % 17 === 0 ? undefined : 7 + i * 0.07,
      in_stock: rand() < 0.85,
      created_at: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
    }
  })
}

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
  { filters: { eco_tags: { $overlaps: ["natural_dyes"] }, seller_handle: { $in: ["alam"] } } },
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
  const index = {
    name: "product", entity: "product", fields: productSearchFields.toFields(), settings: productIndexSettings, primary_key: "id", provider: "search-postgres", definition_hash: "parity", physical_name: "product_parity",
  } as unknown as SearchTypes.ResolvedSearchIndexDefinition

  beforeAll(async () => {
    admin = new Client(conn("postgres"))
    await admin.connect()
    await admin.query(`drop database if exists ${DB}`)
    await admin.query(`create database ${DB}`)
    client = new Client(conn(DB))
    await client.connect()
    // What the provider's migration sets up (extensions, text search configuration, catalog table).
    await client.query(`create extension if not exists pg_trgm; create extension if not exists unaccent;
      create text search configuration medusa_search_english (copy = english);
      alter text search configuration medusa_search_english alter mapping for hword, hword_part, word with unaccent, english_stem;
      create table search_postgres_index (name text primary key, table_name text not null, schema_hash text not null, plan jsonb not null,
        document_count integer not null default 0, created_at timestamptz not null default now(), updated_at timestamptz not null default now())`)
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
    const { loads, patches } = ours.stats
    const [first] = documents(1)
    await ours.upsertDocuments({ index: index.physical_name, documents: [{ ...first, technique: "batik_kombinasi", title_id: "kain zzyzx" }] as any, definition: index })
    const found = await ours.search(input({ q: "zzyzx" }))
    expect(found.hits.map((h) => h.id)).toEqual(["p0000"])
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

  it("never answers from another incarnation of the database (re-created from a template, restored under the running process)", async () => {
    const [{ table_name: table }] = (await client.query(`select table_name from search_postgres_index where name = 'product_parity'`)).rows
    // A copy of the database made before its tables were counted: same table oid, trigger and stamps gone.
    const restoreUncounted = async (change: () => Promise<unknown>) => {
      await client.query(`drop trigger canting_search_bump on "${table}"`)
      await client.query(`delete from canting_search_stamp`)
      await change()
      // The catalog's answer cache installs the trigger on its first request (facet-cache.ts).
      await client.query(stampTriggerSql(table))
    }
    const techniqueOf = async (id: string) => (await ours.search(input({ filters: { id } }))).hits[0]?.document.technique
    await restoreUncounted(async () => {})
    expect(await techniqueOf("p0001")).toBeDefined()

    const [, second] = documents(2)
    await restoreUncounted(() => client.query(
      `update "${table}" set "indexed" = jsonb_set("indexed", '{technique}', '"batik_kombinasi"'), "document" = jsonb_set("document", '{technique}', '"batik_kombinasi"') where "id" = $1`, [second.id]
    ))
    expect(await techniqueOf("p0001")).toBe("batik_kombinasi")
    expect(facetMap((await ours.search(input({ filters: { id: "p0001" } }))).facets).technique).toEqual({ batik_kombinasi: 1 })
  })
})
