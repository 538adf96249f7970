// The in-memory copy of one index table at one stamp (see service.ts): reading the stamp, loading or
// patching a copy from the previous one, and the documents of its pages.

import type { SearchTypes } from "@medusajs/framework/types"
import type { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { createHash } from "node:crypto"
import { buildSnapshot, memoryFields, patchSnapshot, type PlannedField, type Snapshot } from "./snapshot"

type Manager = { execute(sql: string, params?: unknown[]): Promise<any[]> }
export type CopyStats = { loads: number; patches: number; docHits: number; docMisses: number }

/** A row of Medusa's `search_postgres_index` catalog, as the parent class reads it. */
export type StoredIndex = {
  name: string; table_name: string; schema_hash: string; plan: ReturnType<PostgresSearchService["deserializePlan"]>
  document_count: number; created_at: Date | string; updated_at: Date | string
}
/** A copy at one stamp; `base` names its table (database oid, table oid, schema), `docs` is LRU. */
export type Loaded = { key: string; base: string; since: string; digest: string; snapshot: Snapshot; docs: Map<string, SearchTypes.SearchDocument> }
export type StampRow = { table_name: string; schema_hash: string; db: string; rel: string | null; ready: boolean; stamp: string | null } & Record<string, any>

/**
 * The index's catalog row, the database's and the table's oids, whether the write counter's trigger
 * is on the table, and its stamp (writes:time of the last, in microseconds): one query per search.
 */
export const STAMP_READ_SQL = `
  select p.name, p.table_name, p.schema_hash, p.plan, p.document_count, p.created_at, p.updated_at,
         (select d.oid::text from pg_database d where d.datname = current_database()) as db,
         to_regclass(quote_ident(p.table_name))::oid::text as rel,
         exists (select 1 from pg_trigger t where t.tgname = 'canting_search_bump' and t.tgrelid = to_regclass(quote_ident(p.table_name))) as ready,
         (select s.writes || ':' || (extract(epoch from s.written_at) * 1000000)::bigint from canting_search_stamp s where s.table_name = p.table_name) as stamp
    from search_postgres_index p where p.name = ?`

/**
 * How far back an update re-reads rows: a write's `updated_at` is its transaction's start, so a
 * transaction still open when the copy was taken can commit rows older than the copy's newest.
 */
const REREAD_WINDOW = "5 minutes"

/** How many parsed documents a copy keeps for its pages (each is a whole product's JSON). */
export const DOCUMENT_CACHE_SIZE = 2_000

/**
 * The copy at a new stamp: the previous copy of the same table patched with the rows written since
 * (within REREAD_WINDOW), checked against a digest of the ids; otherwise the whole table is read.
 */
export async function loadCopy(manager: Manager, stats: CopyStats, catalog: StoredIndex, key: string, base: string, previous?: Loaded): Promise<Loaded> {
  const plan = catalog.plan.fields as unknown as Map<string, PlannedField>
  const fields = memoryFields(plan)
  // Only the top-level keys those fields live under, taken in one pass over each row's jsonb (a `#>`
  // per field would decompress the column once per field), as JSON text parsed here (a driver hands
  // jsonb back parsed; a bare string would be ambiguous).
  const keys = [...new Set(fields.map((f) => f.path.split(".")[0]))]
  const values = `(select jsonb_object_agg(key, value) from jsonb_each("indexed") where key in (${keys.map(() => "?").join(", ")}))::text`
  const micros = `(extract(epoch from "updated_at") * 1000000)::bigint::text`
  const toRow = (r: any) => {
    const v = r.values ? JSON.parse(r.values) : {}
    return { id: r.id as string, values: fields.map((f) => readPath(v, f.path)) }
  }
  const newest = (rows: any[], since = "0") => rows.reduce((m, r) => (BigInt(r.u) > BigInt(m) ? r.u : m), since)
  let result: Loaded | undefined
  if (previous && previous.base === base) {
    const rows = await manager.execute(
      `with changed as (select "id", ${values} as "values", ${micros} as u from "${catalog.table_name}"
                          where "updated_at" > to_timestamp(?::numeric / 1000000) - interval '${REREAD_WINDOW}')
       select 'row' as kind, "id", "values", u, null as digest from changed
       union all
       select 'ids', null, null, null, (select md5(coalesce(string_agg("id", ',' order by "id" collate "C"), '')) from "${catalog.table_name}")`,
      [...keys, previous.since]
    )
    const changed = rows.filter((r: any) => r.kind === "row")
    const snapshot = patchSnapshot(previous.snapshot, changed.map(toRow))
    const digest = digestOf(snapshot.ids)
    if (digest === rows.find((r: any) => r.kind === "ids")?.digest) {
      stats.patches++
      // Documents read under the previous stamp stay, but for the rows written since.
      const docs = new Map(previous.docs)
      for (const r of changed) docs.delete(r.id)
      result = { key, base, since: newest(changed, previous.since), digest, snapshot, docs }
    }
  }
  if (!result) {
    stats.loads++
    const rows = await manager.execute(`select "id", ${values} as "values", ${micros} as u from "${catalog.table_name}"`, keys)
    const snapshot = buildSnapshot(plan, rows.map(toRow))
    result = { key, base, since: newest(rows), digest: digestOf(snapshot.ids), snapshot, docs: new Map() }
  }
  return result
}

/**
 * The page's documents: those this copy read before from memory, the rest in one query by id. A
 * document is read no earlier than its copy's stamp (like Medusa's own read), and the next copy
 * drops every row written since (load), so a page never shows a document older than its stamp.
 */
export async function pageDocuments(manager: Manager, stats: CopyStats, table: string, loaded: Loaded, ids: string[]): Promise<Map<string, SearchTypes.SearchDocument>> {
  const found = new Map<string, SearchTypes.SearchDocument>()
  const missing: string[] = []
  for (const id of ids) {
    const document = loaded.docs.get(id)
    if (!document) {
      missing.push(id)
      continue
    }
    loaded.docs.delete(id)
    loaded.docs.set(id, document)
    found.set(id, document)
  }
  stats.docHits += ids.length - missing.length
  stats.docMisses += missing.length
  if (!missing.length) return found
  const rows = await manager.execute(
    `select "id", "document" from "${table}" where "id" = any(array[${missing.map(() => "?").join(", ")}]::text[])`, missing
  )
  for (const r of rows) {
    const document = parseJson(r.document) as SearchTypes.SearchDocument
    found.set(r.id, document)
    loaded.docs.set(r.id, document)
  }
  while (loaded.docs.size > DOCUMENT_CACHE_SIZE) loaded.docs.delete(loaded.docs.keys().next().value!)
  return found
}

/** md5 of the ids sorted by code point and joined by commas: Postgres' `string_agg(id order by id collate "C")`. */
function digestOf(ids: string[]): string {
  return createHash("md5").update([...ids].sort().join(",")).digest("hex")
}

function readPath(source: Record<string, any>, path: string): unknown {
  return path.split(".").reduce<any>((value, key) => (value == null ? undefined : Array.isArray(value) ? value.map((v) => v?.[key]) : value[key]), source)
}

function parseJson(v: unknown): unknown {
  return typeof v === "string" ? JSON.parse(v) : v
}
