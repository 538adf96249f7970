import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STAMP_FUNCTION_SQL, STAMP_TABLE_SQL, stampBumpSql, stampTriggerSql } from "../../../lib/search-stamp"
import type { Knex } from "../../../search/_postgres-table"

/** How many filter sets keep their facet counts (least recently used goes first). */
export const FACET_CACHE_SIZE = 500
/** How many whole catalog / suggestion answers are kept (least recently used goes first). */
export const RESPONSE_CACHE_SIZE = 1000

/** Tables outside the index whose rows a catalog answer reads: sellers (hidden ones, facet labels). */
export const STAMPED_SOURCE_TABLES = ["seller"] as const

/**
 * Values computed from the product index and the seller table, served only under the stamp they
 * were computed under, so no question is answered from an older state of the data.
 *
 * With the Postgres provider a statement trigger on both tables counts their writes (and stamps the
 * last one's time) in `canting_search_stamp` within the writing transaction, so any write, reindex
 * or seller change (suspension, rename) makes an entry miss. Other providers have no stamp: nothing
 * is cached. Concurrent requests for the same key and stamp share one computation.
 */
export class StampedCache<T> {
  private entries = new Map<string, { stamp: string; value: T }>()
  private inflight = new Map<string, Promise<T>>()
  hits = 0
  misses = 0

  constructor(private readonly size: number, private readonly stamps: SearchStamp = searchStamp) {}

  async get(scope: MedusaContainer, index: string, key: unknown, compute: () => Promise<T>): Promise<T> {
    const stamp = await this.stamps.read(scope, index)
    const k = `${index}|${stableKey(key)}`
    if (!stamp) {
      this.misses++
      return compute()
    }
    const entry = this.entries.get(k)
    if (entry && entry.stamp === stamp) {
      this.hits++
      this.entries.delete(k)
      this.entries.set(k, entry)
      return entry.value
    }
    const flight = `${k}@${stamp}`
    const running = this.inflight.get(flight)
    if (running) {
      this.hits++
      return running
    }
    this.misses++
    const promise = compute()
    this.inflight.set(flight, promise)
    try {
      const value = await promise
      // Storing an older stamp over a newer one can cost a miss, never a stale answer.
      this.entries.delete(k)
      this.entries.set(k, { stamp, value })
      while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!)
      return value
    } finally {
      this.inflight.delete(flight)
    }
  }

  clear() {
    this.entries.clear()
  }
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` name the same entry. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((key) => [key, v[key]])) : v)
}

/**
 * Reads, in one query, the stamp of the active index table and the seller table, installing the
 * counters when a table lacks its trigger (a new index version, a database restored from a copy).
 */
export class SearchStamp {
  private unavailable = false

  private perRequest = new WeakMap<MedusaContainer, Map<string, Promise<string | null>>>()

  /**
   * Read once per request (`scope` is the request's own container) and shared by its caches, so an
   * answer and its facet counts come from the same state.
   */
  read(scope: MedusaContainer, index: string): Promise<string | null> {
    let reads = this.perRequest.get(scope)
    if (!reads) this.perRequest.set(scope, (reads = new Map()))
    let stamp = reads.get(index)
    if (!stamp) reads.set(index, (stamp = this.readNow(scope, index)))
    return stamp
  }

  protected async readNow(scope: MedusaContainer, index: string): Promise<string | null> {
    if (this.unavailable) return null
    try {
      const pg = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex
      let row = await this.query(pg, index).catch(async (e) => {
        // The counter table itself is missing (first request, or a database restored from an older copy).
        if (!/canting_search_stamp/.test((e as Error).message)) throw e
        await prepare(pg, [])
        return this.query(pg, index)
      })
      if (!row) return null
      if (!row.ready) {
        await prepare(pg, [row.table_name, ...STAMPED_SOURCE_TABLES])
        row = await this.query(pg, index)
        if (!row?.ready) return null
      }
      if (!row.index_stamp || !row.seller_stamp) {
        // Counted but never stamped (triggers made by an earlier version): stamps of their own first,
        // or this state would share the key "no stamp" with every other unstamped state.
        if (!row.index_stamp) await pg.raw(stampBumpSql(row.table_name))
        if (!row.seller_stamp) await pg.raw(stampBumpSql("seller"))
        row = await this.query(pg, index)
        if (!row?.index_stamp || !row.seller_stamp) return null
      }
      // The time of the last write too: a database restored from a copy and written again the same
      // number of times is a different state.
      return `${row.table_name}:${row.index_stamp}|seller:${row.seller_stamp}`
    } catch (e) {
      // No Postgres search tables (another provider) or no right to create the trigger: no cache, same answers.
      if (/does not exist|permission denied/.test((e as Error).message)) this.unavailable = true
      return null
    }
  }

  /** One round trip: the active table, whether both triggers exist, and both write counters. */
  private async query(pg: Knex, index: string) {
    const stamp = (table: string) =>
      `(select s.writes || ':' || (extract(epoch from s.written_at) * 1000000)::bigint from canting_search_stamp s where s.table_name = ${table})`
    const { rows } = await pg.raw(
      `select p.table_name,
              (select count(*) from pg_trigger t where t.tgname = 'canting_search_bump'
                 and t.tgrelid in (to_regclass(quote_ident(p.table_name)), to_regclass('seller'))) = 2 as ready,
              ${stamp("p.table_name")} as index_stamp,
              ${stamp("'seller'")} as seller_stamp
         from search_index i
         join search_index_version v on v.search_index_id = i.id and v.version = i.active_version and v.deleted_at is null
         join search_postgres_index p on p.name = v.physical_name
        where i.name = ? and i.deleted_at is null and v.provider = 'search-postgres'`,
      [index]
    )
    return rows[0] as { table_name: string; ready: boolean; index_stamp: string | null; seller_stamp: string | null } | undefined
  }
}

/** Creates the write counter and the triggers on the given tables (idempotent). */
async function prepare(pg: Knex, tables: string[]) {
  await pg.raw(STAMP_TABLE_SQL)
  await pg.raw(STAMP_FUNCTION_SQL)
  for (const table of tables) await pg.raw(stampTriggerSql(table))
}

// One per backend process: the stamp reader the caches share, and the caches.
export const searchStamp = new SearchStamp()

type Facets = NonNullable<import("@medusajs/framework/types").SearchTypes.SearchResult["facets"]>
export const facetCache = new StampedCache<Facets>(FACET_CACHE_SIZE)
/** The seller directory (hidden sellers, facet labels) the catalog reads. */
export const sellerCache = new StampedCache<{ hidden: string[]; names: Map<string, string> }>(1)
/** Whole catalog and suggestion answers per normalized query. */
export const responseCache = new StampedCache<unknown>(RESPONSE_CACHE_SIZE)
