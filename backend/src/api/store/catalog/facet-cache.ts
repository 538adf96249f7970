import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Facets = NonNullable<SearchTypes.SearchResult["facets"]>
export type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: any[] }> }

/** How many filter sets keep their facet counts (least recently used goes first). */
export const FACET_CACHE_SIZE = 500

/**
 * Facet counts per filter set, reused for as long as the product index has not changed.
 *
 * Counting facets is most of a catalog request's work (ten or more grouped scans of the index);
 * the counts only change when the index does. With the Postgres provider, a statement trigger on
 * the active index table counts its writes (and stamps the last one's time) in `canting_search_stamp`,
 * in the same transaction as the write, so "index table + write count + time" names one exact state of the index: a cached entry
 * is used only when both match, and any write or a reindex (a new table) makes it miss. With
 * another provider (Meilisearch) there is no such stamp and nothing is cached.
 */
export class FacetCache {
  private entries = new Map<string, { stamp: string; facets: Facets }>()
  private prepared = new Set<string>()
  private unavailable = false
  hits = 0
  misses = 0

  constructor(private readonly size = FACET_CACHE_SIZE) {}

  async get(scope: MedusaContainer, index: string, key: unknown, compute: () => Promise<Facets>): Promise<Facets> {
    const stamp = await this.stamp(scope, index)
    const k = `${index}|${JSON.stringify(key)}`
    const entry = stamp ? this.entries.get(k) : undefined
    if (entry && entry.stamp === stamp) {
      this.hits++
      // Refresh its place in the LRU order.
      this.entries.delete(k)
      this.entries.set(k, entry)
      return entry.facets
    }
    this.misses++
    const facets = await compute()
    if (stamp) {
      this.entries.delete(k)
      this.entries.set(k, { stamp, facets })
      while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!)
    }
    return facets
  }

  clear() {
    this.entries.clear()
  }

  /** "table:writes" of the active Postgres index table, or null when it cannot be known (no caching). */
  async stamp(scope: MedusaContainer, index: string): Promise<string | null> {
    if (this.unavailable) return null
    let pg: Knex
    try {
      pg = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex
      const table = await activePostgresTable(pg, index)
      if (!table) return null
      if (!this.prepared.has(table)) {
        await prepare(pg, table)
        this.prepared.add(table)
      }
      const { rows: stamp } = await pg.raw(`select writes, written_at from canting_search_stamp where table_name = ?`, [table])
      // The time of the last write too: a database restored from a copy and written again the same
      // number of times is a different state.
      return `${table}:${stamp[0]?.writes ?? 0}:${stamp[0] ? new Date(stamp[0].written_at).getTime() : 0}`
    } catch (e) {
      // No Postgres search tables (another provider) or no right to create the trigger: no cache, same answers.
      if (/does not exist|permission denied/.test((e as Error).message)) this.unavailable = true
      return null
    }
  }
}

/** The table of the index's active version when the Postgres provider holds it, else undefined. */
export async function activePostgresTable(pg: Knex, index: string): Promise<string | undefined> {
  const { rows } = await pg.raw(
    `select p.table_name from search_index i
       join search_index_version v on v.search_index_id = i.id and v.version = i.active_version and v.deleted_at is null
       join search_postgres_index p on p.name = v.physical_name
      where i.name = ? and i.deleted_at is null and v.provider = 'search-postgres'`,
    [index]
  )
  return rows[0]?.table_name
}

/** Creates the write counter and the trigger on an index table (idempotent). */
async function prepare(pg: Knex, table: string) {
  await pg.raw(`create table if not exists canting_search_stamp (table_name text primary key, writes bigint not null default 0, written_at timestamptz not null default clock_timestamp())`)
  await pg.raw(`
    create or replace function canting_search_bump() returns trigger language plpgsql as $$
    begin
      insert into canting_search_stamp (table_name, writes, written_at) values (TG_TABLE_NAME, 1, clock_timestamp())
      on conflict (table_name) do update set writes = canting_search_stamp.writes + 1, written_at = clock_timestamp();
      return null;
    end $$`)
  await pg.raw(`create or replace trigger canting_search_bump after insert or update or delete or truncate on ?? for each statement execute function canting_search_bump()`, [table])
}

/** The catalog's facet cache (one per backend process). */
export const facetCache = new FacetCache()
