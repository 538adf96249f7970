import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { SearchTypes } from "@medusajs/framework/types"
import { CantingPostgresSearchService } from "../../../src/modules/search-postgres/service"
import { stampTriggerSql } from "../../../src/lib/search-stamp"
import { connect, createSearchDatabase, documents, managerFor, productIndex } from "./provider-db"

// The in-memory copy must never answer from another state of the table than the one committed when
// the search began, including under a process that outlives its database: Medusa's test runner
// re-creates the database from a template before every test (same table oids, write counts starting
// over), and an operator may restore a backup under a running backend. Each case here failed before
// the change that made it pass (a stale facet count or document).
const DB = `canting_fresh_${process.pid}`
const COPY = `${DB}_copy`

describe("the in-memory copy follows the database it is connected to", () => {
  let admin: any
  let client: any
  let provider: CantingPostgresSearchService
  let table: string
  const index = productIndex("product_fresh")
  const input = (filters: SearchTypes.SearchFilters): SearchTypes.ProviderSearchQuery => ({
    index, filters, attributes_to_retrieve: ["id", "technique"], pagination: { skip: 0, take: 20 },
    search_options: { count: "exact", facets: [{ field: "technique", type: "value", limit: 10 }] },
  })
  /** What a search says of one document: its technique as the page shows it and as the facet counts it. */
  const seen = async (id: string) => {
    const r = await provider.search(input({ id }))
    const facet = r.facets?.technique
    return { page: r.hits[0]?.document.technique, facet: facet?.type === "value" ? facet.values.map((v) => v.value) : [] }
  }
  const other = (technique: unknown) => (technique === "batik_kombinasi" ? "batik_tulis" : "batik_kombinasi")
  const setTechnique = (id: string, technique: string) => client.query(
    `update "${table}" set "indexed" = jsonb_set("indexed", '{technique}', to_jsonb($2::text)), "document" = jsonb_set("document", '{technique}', to_jsonb($2::text)) where "id" = $1`,
    [id, technique]
  )

  beforeAll(async () => {
    ;({ admin, client } = await createSearchDatabase(DB))
    provider = new CantingPostgresSearchService({ manager: managerFor(() => client) } as any, { engine: "native" })
    await provider.upsertIndex({ index })
    await provider.upsertDocuments({ index: index.physical_name, definition: index, documents: documents(60) as any })
    ;[{ table_name: table }] = (await client.query(`select table_name from search_postgres_index where name = 'product_fresh'`)).rows
    await provider.search(input({})) // installs the write counter
  })

  afterAll(async () => {
    await client?.end()
    await admin?.query(`drop database if exists ${COPY}`)
    await admin?.query(`drop database if exists ${DB}`)
    await admin?.end()
  })

  it("a trigger installed by the catalog's answer cache gives the table a stamp of its own", async () => {
    // A copy of the database made before its tables were counted: same table oid, trigger and stamps gone.
    const uncounted = async (change: () => Promise<unknown>) => {
      await client.query(`drop trigger canting_search_bump on "${table}"`)
      await client.query(`delete from canting_search_stamp`)
      await change()
      // The catalog's answer cache installs the trigger on its first request (facet-cache.ts).
      await client.query(stampTriggerSql(table))
    }
    await uncounted(async () => {})
    const { page: before } = await seen("p0001")
    const after = other(before)
    expect(await seen("p0001")).toEqual({ page: before, facet: [before] })
    await uncounted(() => setTechnique("p0001", after))
    expect(await seen("p0001")).toEqual({ page: after, facet: [after] })
  })

  it("a copy of the database (a template, a backup) is read in full, not patched by write times", async () => {
    // The rows' last writes an hour ago: a patch, which re-reads only rows written since its copy
    // (minus 5 minutes), would find nothing to re-read in an older copy of the database.
    await client.query(`update "${table}" set "updated_at" = now() - interval '1 hour'`)
    const before = (await seen("p0002")).page
    expect(before).toBeDefined()
    await client.end()
    await admin.query(`drop database if exists ${COPY}`)
    await admin.query(`create database ${COPY} with template ${DB}`)
    client = await connect(DB)

    await provider.upsertDocuments({ index: index.physical_name, definition: index, documents: [{ ...documents(3)[2], technique: other(before) }] as any })
    expect(await seen("p0002")).toEqual({ page: other(before), facet: [other(before)] })

    // The backend now talks to the older copy (same table oid, an older stamp): p0002 as it was there.
    const current = client
    client = await connect(COPY)
    await current.end()
    expect(await seen("p0002")).toEqual({ page: before, facet: [before] })
  })
})
