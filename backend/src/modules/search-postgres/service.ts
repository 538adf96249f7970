import type { SearchTypes } from "@medusajs/framework/types"
import { projectDocument } from "@medusajs/framework/utils"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { STAMP_FUNCTION_SQL, STAMP_TABLE_SQL, stampBumpSql, stampTriggerSql } from "../../lib/search-stamp"
import { loadCopy, pageDocuments, STAMP_READ_SQL, type Loaded, type StampRow, type StoredIndex } from "./copy"
import { computeFacets } from "./facets"
import { compileFilters } from "./filters"
import { comparator, pageOf } from "./order"

type TextMatch = { docs: Int32Array; scores: Float64Array }

/** Medusa's typo match: word similarity above 0.3 (its keywordFragments). */
const TYPO_THRESHOLD = 0.3

/** How many free-text match sets are kept per process (least recently used goes first). */
export const TEXT_MATCH_CACHE_SIZE = 100

/**
 * Medusa's Postgres search provider, answering keyword searches from memory.
 *
 * Medusa's provider reads each document's compressed `indexed` jsonb back row by row for every
 * filter, every facet and the sort: too slow at catalog scale (docs/performance.md). This subclass
 * writes exactly as Medusa's does but keeps the fields a query can filter, facet or sort on in
 * memory, per index table; Postgres still matches and ranks the free text (ids and scores only).
 *
 * Never stale: every search reads the table's write stamp (src/lib/search-stamp.ts) and reloads the
 * copy when it moved, so no process answers from a state older than the one committed when the
 * search started. Vector, hybrid and distinct queries, the Lakebase engine, and everything when the
 * trigger cannot be installed go to Medusa's implementation unchanged.
 */
export class CantingPostgresSearchService extends PostgresSearchService {
  static identifier = "search-postgres"

  private loaded = new Map<string, Loaded>()
  private loading = new Map<string, Promise<Loaded>>()
  private texts = new Map<string, TextMatch>()
  private textsLoading = new Map<string, Promise<TextMatch>>()
  private stampReads = new Map<string, Promise<StampRow | undefined>>()
  private plans = new Map<string, StoredIndex["plan"]>()
  private memoryUnavailable: boolean
  /** Counters for tests and the benchmark: how the last searches were served. */
  stats = { memory: 0, fallback: 0, loads: 0, patches: 0, textHits: 0, textMisses: 0, docHits: 0, docMisses: 0 }

  constructor(deps: ConstructorParameters<typeof PostgresSearchService>[0], options: ConstructorParameters<typeof PostgresSearchService>[1] & { memory?: boolean } = {}) {
    super(deps, options)
    // `memory: false` (CANTING_SEARCH_MEMORY=off, see searchModules): every search runs Medusa's SQL.
    this.memoryUnavailable = options.memory === false
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const options = input.search_options ?? {}
    const distinct = options.distinct ?? input.index.settings?.distinct_attribute
    if (this.memoryUnavailable || this.isLakebase_ || options.vector || distinct || options.highlight || options.locales?.length || input.pagination?.cursor !== undefined) {
      this.stats.fallback++
      return super.search(input)
    }
    const state = await this.current(input.index.physical_name)
    if (!state) {
      this.stats.fallback++
      return super.search(input)
    }
    this.stats.memory++
    return this.searchInMemory(input, state.catalog, state.loaded)
  }

  /** The index's catalog row and its in-memory copy at the current stamp (null: not available). */
  private async current(name: string): Promise<{ catalog: StoredIndex; loaded: Loaded } | null> {
    const row = await this.sharedStamp(name)
    if (!row) return null
    const catalog = this.catalogFrom(row)
    if (!row.ready) {
      try {
        await this.manager_.execute(STAMP_TABLE_SQL)
        await this.manager_.execute(STAMP_FUNCTION_SQL)
        await this.manager_.execute(stampTriggerSql(row.table_name))
      } catch (e) {
        this.logger_?.warn(`[search] in-memory search off, stamp trigger unavailable: ${(e as Error).message}`)
        this.memoryUnavailable = true
        return null
      }
      // Writes may have happened while the table had no trigger: whatever was loaded is suspect.
      this.loaded.delete(row.table_name)
      this.stampReads.delete(name)
      return this.current(name)
    }
    if (!row.stamp) {
      // Counted but never stamped (a trigger made by an earlier version): a stamp of its own first,
      // or this state would share the key "no stamp" with every other unstamped state.
      try {
        await this.manager_.execute(stampBumpSql(row.table_name))
      } catch (e) {
        this.logger_?.warn(`[search] in-memory search off, cannot stamp ${row.table_name}: ${(e as Error).message}`)
        this.memoryUnavailable = true
        return null
      }
      this.stampReads.delete(name)
      return this.current(name)
    }
    // The database's own oid too: a copy of it (made from a template, restored from a backup) keeps
    // the table oids and the rows' write times, so only a full read can tell what differs.
    const base = `${row.db}:${row.rel}:${row.schema_hash}`
    const key = `${base}:${row.stamp}`
    const have = this.loaded.get(row.table_name)
    if (have?.key === key) return { catalog, loaded: have }
    const flight = `${row.table_name}@${key}`
    let promise = this.loading.get(flight)
    if (!promise) {
      promise = loadCopy(this.manager_, this.stats, catalog, key, base, have)
        .then((copy) => {
          // Match sets of another state of the table are no longer needed (once per load, not per waiting search).
          for (const k of this.texts.keys()) if (k.startsWith(`${catalog.table_name}|`) && !k.startsWith(`${catalog.table_name}|${key}|`)) this.texts.delete(k)
          return copy
        })
        .finally(() => this.loading.delete(flight))
      this.loading.set(flight, promise)
    }
    const loaded = await promise
    // The copy this search's stamp asked for answers it; it is also kept for the next search (when
    // two loads overlap, the one finishing last stays, and a newer stamp then patches it).
    if (this.loaded.get(row.table_name)?.key !== key) this.loaded.set(row.table_name, loaded)
    return { catalog, loaded }
  }

  /**
   * Searches issued together (a catalog request's hits and its facet queries, sent at once by the
   * Search module) share one stamp read; the next turn of the event loop reads it again.
   */
  private sharedStamp(name: string) {
    let read = this.stampReads.get(name)
    if (!read) {
      read = this.readStamp(name)
      this.stampReads.set(name, read)
      const issued = read
      setImmediate(() => {
        if (this.stampReads.get(name) === issued) this.stampReads.delete(name)
      })
    }
    return read
  }

  private async readStamp(name: string): Promise<StampRow | undefined> {
    try {
      const rows = await this.manager_.execute(STAMP_READ_SQL, [name])
      return rows[0] as StampRow | undefined
    } catch (e) {
      if (!/canting_search_stamp/.test((e as Error).message)) throw e
      try {
        await this.manager_.execute(STAMP_TABLE_SQL)
      } catch {
        this.memoryUnavailable = true
        return undefined
      }
      return this.readStamp(name)
    }
  }

  private catalogFrom(row: Record<string, any>): StoredIndex {
    let plan = this.plans.get(row.schema_hash)
    if (!plan) {
      plan = this.deserializePlan(row.plan)
      this.plans.set(row.schema_hash, plan)
    }
    return {
      name: row.name, table_name: row.table_name, schema_hash: row.schema_hash, plan,
      document_count: Number(row.document_count), created_at: row.created_at, updated_at: row.updated_at,
    }
  }

  /** The documents matching the free text, with their relevance, from Postgres (ids and scores only). */
  private async textMatch(input: SearchTypes.ProviderSearchQuery, catalog: StoredIndex, loaded: Loaded): Promise<TextMatch> {
    const options = input.search_options ?? {}
    const typo = !!(options.typo_tolerance && (input.index.settings?.typo_tolerance?.enabled ?? true))
    const k = `${catalog.table_name}|${loaded.key}|${JSON.stringify([input.q?.trim(), typo, options.match_strategy ?? null, options.attributes_to_search_on ?? null])}`
    const cached = this.texts.get(k)
    if (cached) {
      this.stats.textHits++
      this.texts.delete(k)
      this.texts.set(k, cached)
      return cached
    }
    const running = this.textsLoading.get(k)
    if (running) {
      this.stats.textHits++
      return running
    }
    this.stats.textMisses++
    const promise = this.matchText(input, catalog, loaded).finally(() => this.textsLoading.delete(k))
    this.textsLoading.set(k, promise)
    const result = await promise
    this.texts.set(k, result)
    while (this.texts.size > TEXT_MATCH_CACHE_SIZE) this.texts.delete(this.texts.keys().next().value!)
    return result
  }

  private async matchText(input: SearchTypes.ProviderSearchQuery, catalog: StoredIndex, loaded: Loaded): Promise<TextMatch> {
    const fragments = this.keywordFragments({ query: input, catalog })
    const params: unknown[] = []
    const rank = fragments.rankSql(params)
    // Medusa's typo match compares the query with every document's text (`word_similarity(q, text)
    // > 0.3`, no index can serve a function call); pg_trgm's `<%` operator at the same threshold is
    // the same test and uses the trigram GIN index.
    const typoSql = `word_similarity(?, "search_text") > ${TYPO_THRESHOLD}`
    const match = fragments.matchSql!(params).replace(typoSql, `? <% "search_text"`)
    const trigram = match.includes(`<% "search_text"`)
    // The full-text GIN index, always: the planner prices a bitmap scan above reading the whole
    // table, but the index won on every query measured (docs/performance.md), even one matching
    // every document, since the table scan decompresses each row.
    const rows = await this.withTransaction(async (manager) => {
      await manager.execute(`select set_config('enable_seqscan', 'off', true)`)
      if (trigram) await manager.execute(`select set_config('pg_trgm.word_similarity_threshold', '${TYPO_THRESHOLD}', true)`)
      return manager.execute(`select "id", ${rank} as score from "${catalog.table_name}" where ${match}`, params)
    })
    const docs: number[] = []
    const scores = new Float64Array(loaded.snapshot.ids.length)
    for (const r of rows) {
      const d = loaded.snapshot.position.get(r.id)
      // A document written after the copy was loaded waits for the next stamp.
      if (d === undefined) continue
      docs.push(d)
      scores[d] = Number(r.score)
    }
    return { docs: Int32Array.from(docs), scores }
  }

  private async searchInMemory(input: SearchTypes.ProviderSearchQuery, catalog: StoredIndex, loaded: Loaded): Promise<SearchTypes.SearchResult> {
    const started = Date.now()
    const snap = loaded.snapshot
    const options = input.search_options ?? {}
    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20
    const q = input.q?.trim()
    for (const path of options.attributes_to_search_on ?? []) {
      if (!catalog.plan.searchable.includes(path)) {
        return super.search(input) // lets Medusa's provider raise its own error for the field
      }
    }
    const text = q ? await this.textMatch(input, catalog, loaded) : null
    const predicate = compileFilters(input.filters, snap)
    const score = (d: number) => (text ? text.scores[d] : 0)
    const candidates = text ? text.docs : null
    const total = candidates ? candidates.length : snap.ids.length
    const inScope: number[] = []
    for (let i = 0; i < total; i++) {
      const d = candidates ? candidates[i] : i
      if (predicate(d) !== true) continue
      if (options.min_score !== undefined && !(score(d) >= options.min_score)) continue
      inScope.push(d)
    }
    const scope = Int32Array.from(inScope)
    const hitDocs = take === 0 ? [] : pageOf(scope, comparator(input.pagination?.order, snap, text?.scores ?? null, !!q, input.index.name), skip, take)
    const documents = await pageDocuments(this.manager_, this.stats, catalog.table_name, loaded, hitDocs.map((d) => snap.ids[d]))
    return {
      hits: hitDocs.flatMap((d) => {
        const id = snap.ids[d]
        const document = documents.get(id)
        if (!document) return [] // deleted since the copy's stamp: leave it out rather than show an empty card
        return [{ id, score: options.include_score ? score(d) : undefined, document: projectDocument(document, input.attributes_to_retrieve) }]
      }),
      facets: computeFacets(options.facets, scope, snap),
      metadata: { skip, take, count: options.count === "none" ? null : scope.length, query: input.q, processing_time_ms: Date.now() - started },
    }
  }
}
