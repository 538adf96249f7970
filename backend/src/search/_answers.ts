import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** How many answers are kept (least recently used goes first). */
export const ANSWER_CACHE_SIZE = 2000

/**
 * The catalog's one answer cache: catalog pages, facet counts, suggestions and the seller directory,
 * each kept under the stamp of the data it was computed from (`readStamp`). The stamp moves with
 * every write to the search documents (a trigger in the same transaction), with a switch of the
 * index's active version and with every write to the seller table, so an answer is never served for
 * a state other than the one it describes, in any process. Without a stamp (the index is on
 * Meilisearch, or not built yet) nothing is kept. Concurrent requests for one answer share one
 * computation.
 */
export class AnswerCache {
  private entries = new Map<string, unknown>()
  private inflight = new Map<string, Promise<unknown>>()
  hits = 0
  misses = 0

  constructor(private readonly size = ANSWER_CACHE_SIZE) {}

  async get<T>(stamp: string | null, key: unknown, compute: () => Promise<T>): Promise<T> {
    if (!stamp) {
      this.misses++
      return compute()
    }
    const k = `${stamp}|${stableKey(key)}`
    if (this.entries.has(k)) {
      this.hits++
      const value = this.entries.get(k) as T
      this.entries.delete(k)
      this.entries.set(k, value)
      return value
    }
    const running = this.inflight.get(k)
    if (running) {
      this.hits++
      return running as Promise<T>
    }
    this.misses++
    const promise = compute()
    this.inflight.set(k, promise)
    try {
      const value = await promise
      this.entries.set(k, value)
      while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!)
      return value
    } finally {
      this.inflight.delete(k)
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

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * One round trip: the search documents' write token and the index's active version when the
 * index is on our Postgres provider, and the seller table's last write.
 */
const STAMP_SQL = `
  select (select v.version || ':' || s.token
            from search_index i
            join search_index_version v on v.search_index_id = i.id and v.version = i.active_version and v.deleted_at is null
            cross join canting_search_state s
           where i.name = ? and i.deleted_at is null and v.provider = 'search-postgres') as search,
         (select count(*) || ':' || coalesce(max(updated_at)::text, '') || ':' || coalesce(max(deleted_at)::text, '') from seller) as sellers`

const perRequest = new WeakMap<MedusaContainer, Map<string, Promise<string | null>>>()

/**
 * The stamp of what a catalog answer reads, once per request (`scope` is the request's container),
 * so a page and its facet counts describe the same state; null when answers must not be kept.
 */
export function readStamp(scope: MedusaContainer, index: string): Promise<string | null> {
  let reads = perRequest.get(scope)
  if (!reads) perRequest.set(scope, (reads = new Map()))
  let stamp = reads.get(index)
  if (!stamp) reads.set(index, (stamp = readStampNow(scope, index)))
  return stamp
}

async function readStampNow(scope: MedusaContainer, index: string): Promise<string | null> {
  const pg = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex
  try {
    const { rows: [row] } = await pg.raw(STAMP_SQL, [index])
    return row?.search ? `${row.search}|${row.sellers}` : null
  } catch {
    // Tables missing (migrations not run yet): nothing is kept, every answer is computed.
    return null
  }
}

/** One per backend process. */
export const answers = new AnswerCache()
