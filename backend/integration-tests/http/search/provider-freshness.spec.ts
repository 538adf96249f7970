import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { CantingPostgresSearchService } from "../../../src/search/postgres/_service"
import { readStamp } from "../../../src/search/_answers"
import { connect, createSearchDatabase, documents, managerFor, productIndex, type PgClient } from "./provider-db"

// The catalog keeps answers under a stamp of the data they were computed from (src/search/_answers.ts).
// No answer may ever be served for another state: every write to the search table (through the
// provider or not), a seller's write, a new active index version, and a database that is a copy of
// another (Medusa's test runner re-creates databases from a template; an operator may restore a
// backup under a running backend) must give a different stamp, and the provider must read the
// database it is connected to. Runs on DB_HOST/DB_PORT; databases of its own are made and dropped.
const DB = `canting_fresh_${process.pid}`
const COPY = `${DB}_copy`

describe("answers follow the database they are read from", () => {
  let admin: PgClient
  let client: PgClient
  let provider: CantingPostgresSearchService
  const index = productIndex("product_fresh")
  const corpus = documents(60)
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
  /** The stamp a new request reads (each request has its own scope). */
  const stamp = () => {
    const manager = managerFor(() => client)
    const scope = { resolve: () => ({ raw: async (text: string, bindings?: unknown[]) => ({ rows: await manager.execute(text, bindings) }) }) }
    return readStamp(scope as unknown as MedusaContainer, "product")
  }

  beforeAll(async () => {
    ;({ admin, client } = await createSearchDatabase(DB))
    provider = new CantingPostgresSearchService({ manager: managerFor(() => client) })
    await provider.upsertIndex({ index })
    await provider.upsertDocuments({ index: index.physical_name, definition: index, documents: corpus as SearchTypes.SearchDocument[] })
    // Medusa's Search module records which version of the index is active, on which provider; the
    // seller module keeps its sellers (only the columns the stamp reads).
    await client.query(`create table search_index (id text primary key, name text, active_version int, deleted_at timestamptz);
      create table search_index_version (search_index_id text, version int, provider text, physical_name text, deleted_at timestamptz);
      create table seller (id text primary key, name text, updated_at timestamptz not null default now(), deleted_at timestamptz);
      insert into search_index values ('si_1', 'product', 1, null);
      insert into search_index_version values ('si_1', 1, 'search-postgres', 'product_fresh', null);
      insert into seller (id, name) values ('sel_a', 'Sekar')`)
  })

  afterAll(async () => {
    await client?.end()
    await admin?.query(`drop database if exists ${COPY}`)
    await admin?.query(`drop database if exists ${DB}`)
    await admin?.end()
  })

  it("every write through the provider gives a new stamp, and the next search sees it", async () => {
    const before = await stamp()
    expect(before).toBeTruthy()
    expect(await stamp()).toBe(before) // unchanged data, same stamp: the answer cache can serve it
    const { page } = await seen("p0001")
    await provider.upsertDocuments({ index: index.physical_name, definition: index, documents: [{ ...corpus[1], technique: other(page) }] as SearchTypes.SearchDocument[] })
    const afterUpsert = await stamp()
    expect(afterUpsert).not.toBe(before)
    expect(await seen("p0001")).toEqual({ page: other(page), facet: [other(page)] })
    await provider.deleteDocuments({ index: index.physical_name, filters: { id: ["p0001"] } })
    expect(await stamp()).not.toBe(afterUpsert)
    expect(await seen("p0001")).toEqual({ page: undefined, facet: [] })
  })

  it("a write straight to the table, not through the provider, gives a new stamp too; so does a seller's write", async () => {
    const before = await stamp()
    await client.query(`update canting_search_product set technique = 'batik_kombinasi' where id = 'p0003'`)
    const afterTable = await stamp()
    expect(afterTable).not.toBe(before)
    expect((await seen("p0003")).page).toBe("batik_kombinasi")
    // A suspension or a rename: the seller table's last write is part of the stamp.
    await client.query(`update seller set name = 'Sekar Baru', updated_at = clock_timestamp() where id = 'sel_a'`)
    expect(await stamp()).not.toBe(afterTable)
  })

  it("a copy of the database (a template, a backup) gets a stamp of its own as soon as either is written", async () => {
    const before = (await seen("p0002")).page
    const shared = await stamp()
    await client.end()
    await admin.query(`drop database if exists ${COPY}`)
    await admin.query(`create database ${COPY} with template ${DB}`)
    client = await connect(DB)

    await provider.upsertDocuments({ index: index.physical_name, definition: index, documents: [{ ...corpus[2], technique: other(before) }] as SearchTypes.SearchDocument[] })
    const original = await stamp()
    expect(await seen("p0002")).toEqual({ page: other(before), facet: [other(before)] })

    // The backend now talks to the older copy: p0002 as it was there, under the stamp it had.
    const current = client
    client = await connect(COPY)
    await current.end()
    expect(await stamp()).toBe(shared)
    expect(await seen("p0002")).toEqual({ page: before, facet: [before] })
    // Written the same way in the copy, the copy's state differs in nothing but history: it still
    // never shares a stamp with the original's.
    await provider.upsertDocuments({ index: index.physical_name, definition: index, documents: [{ ...corpus[2], technique: other(before) }] as SearchTypes.SearchDocument[] })
    expect(await stamp()).not.toBe(original)
  })

  it("a new active version of the index gives a new stamp; an index on another provider gives none", async () => {
    const before = await stamp()
    await client.query(`insert into search_index_version values ('si_1', 2, 'search-postgres', 'product_fresh', null); update search_index set active_version = 2`)
    expect(await stamp()).not.toBe(before)
    // Meilisearch writes nothing to this table: no stamp, so no answer is kept.
    await client.query(`update search_index_version set provider = 'meilisearch' where version = 2`)
    expect(await stamp()).toBeNull()
  })
})
