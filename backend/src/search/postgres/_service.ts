import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import { createHash } from "node:crypto"
import { batchedFacetsSql, facetRequests, facetsSql, readFacets, type FacetRow } from "./_facets"
import { columnsOfTable, documentOf, readTableTypes, UDT } from "./_table"
import {
  castValue, col, columnsOf, facetOnly, fail, filterFields, join, orderSql, pgArray, raw, SEARCHABLE_COLUMNS, searchableOf, sql, textSql,
  whereSql, wordsSql,
  type Column, type Columns, type Sql,
} from "./_sql"

/** Medusa's manager: `?` placeholders, optionally a transaction. */
export type Manager = {
  execute(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>
  transactional?<T>(run: (manager: Manager) => Promise<T>): Promise<T>
}

/** The least trigram word similarity a typo-tolerant match needs (Medusa's provider uses the same). */
export const TYPO_THRESHOLD = 0.3

const UPSERT_CHUNK = 200


/**
 * The default provider of Medusa's Search module: documents in one PostgreSQL table of ours,
 * `canting_search_product` (made by this provider's migration), keyed by the index's physical name
 * and the document id so index versions live side by side: a typed column per field, a weighted
 * vector per language and a folded text for typos. PostgreSQL does all the work: GIN full-text
 * indexes per language and a trigram index for typos, btree/GIN indexes for filters and sorts,
 * `GROUP BY` for facet counts. Nothing is held in process memory.
 */
export class CantingPostgresSearchService extends AbstractSearchProviderService {
  static identifier = "search-postgres"
  protected readonly manager_: Manager
  protected readonly logger_?: Logger
  private columns_ = new Map<string, Columns>()

  constructor({ manager, logger }: { manager: Manager; logger?: Logger }) {
    super()
    if (!manager?.execute) throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "The postgres search provider needs the Search module's database manager")
    this.manager_ = manager
    this.logger_ = logger
  }

  private async run<T extends Record<string, unknown>>(query: Sql, manager: Manager = this.manager_): Promise<T[]> {
    return (await manager.execute(query.sql, query.values)) as T[]
  }

  private columns(definition: Pick<SearchTypes.ResolvedSearchIndexDefinition, "fields">): Columns {
    const key = JSON.stringify(definition.fields)
    let columns = this.columns_.get(key)
    if (!columns) this.columns_.set(key, (columns = columnsOf(definition)))
    return columns
  }

  private task(index: string): SearchTypes.SearchTask {
    return { index, status: "succeeded" }
  }

  /**
   * Checks that the table holds every field of the definition with the right type (the schema is the
   * migration's; nothing is created here) and records the index.
   */
  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const columns = this.columns(index)
    const have = await this.tableTypes()
    for (const c of columns.values()) {
      if (have.get(c.name) !== UDT[c.type]) fail(`The postgres search table has no ${c.type} column for field "${c.name}" of index "${index.name}"`)
    }
    const searchable = searchableOf(index)
    if (searchable.join() !== SEARCHABLE_COLUMNS.join()) {
      fail(`Index "${index.name}" searches ${searchable.join(", ")}; the postgres search vectors are made of ${SEARCHABLE_COLUMNS.join(", ")}`)
    }
    const hash = createHash("sha256").update(JSON.stringify(index.fields)).digest("hex")
    await this.run(sql`insert into canting_search_index (name, definition_hash) values (${index.physical_name}, ${hash})
      on conflict (name) do update set definition_hash = excluded.definition_hash, updated_at = now()`)
    return this.task(index.physical_name)
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    await this.transaction(async (m) => {
      await this.run(sql`delete from canting_search_product where index_name = ${index}`, m)
      await this.run(sql`delete from canting_search_index where name = ${index}`, m)
    })
    return this.task(index)
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const rows = await this.run<{ name: string; n: string; created_at: Date; updated_at: Date }>(
      sql`select i.name, i.created_at, i.updated_at, (select count(*) from canting_search_product d where d.index_name = i.name) as n
            from canting_search_index i order by i.name`
    )
    return rows.map((r) => ({
      name: r.name, provider: CantingPostgresSearchService.identifier, document_count: Number(r.n),
      created_at: new Date(r.created_at), updated_at: new Date(r.updated_at),
    }))
  }

  async upsertDocuments({ index, definition, documents }: {
    index: string; definition: SearchTypes.ResolvedSearchIndexDefinition; documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    if (!documents.length) return this.task(index)
    const columns = [...this.columns(definition).values()]
    const key = definition.primary_key ?? "id"
    // The last write of an id wins: one statement cannot touch a row twice.
    const byId = new Map<string, SearchTypes.SearchDocument>()
    for (const doc of documents) {
      const id = doc[key]
      if (id === undefined || id === null || id === "") fail(`A document written to the postgres search provider is missing its primary key "${key}"`, MedusaError.Types.INVALID_DATA)
      byId.set(String(id), doc)
    }
    const names = columns.filter((c) => c.name !== "id")
    const value = (c: Column, v: unknown): Sql => {
      if (c.type === "text[]") {
        const items = (Array.isArray(v) ? v : v === null || v === undefined ? [] : [v]).filter((x) => x !== null && x !== undefined)
        return sql`${pgArray(items)}::text[]`
      }
      return sql`${castValue(c, v)}::${raw(c.type)}`
    }
    const entries = [...byId.entries()]
    await this.transaction(async (m) => {
      for (let i = 0; i < entries.length; i += UPSERT_CHUNK) {
        const chunk = entries.slice(i, i + UPSERT_CHUNK)
        const rows = chunk.map(([id, doc]) => sql`(${index}, ${id}, ${join(names.map((c) => value(c, doc[c.name])), ", ")}, ${wordsSql(doc)})`)
        const set = [...names.map((c) => c.name), "search_id", "search_en", "search_text"].map((n) => sql`${col(n)} = excluded.${col(n)}`)
        await this.run(sql`insert into canting_search_product (index_name, id, ${join(names.map((c) => col(c.name)), ", ")}, search_id, search_en, search_text)
          values ${join(rows, ",\n")}
          on conflict (index_name, id) do update set ${join(set, ", ")}`, m)
      }
    })
    return this.task(index)
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const columns = await this.indexColumns()
    await this.run(sql`delete from canting_search_product where index_name = ${index} and ${whereSql(columns, filters)}`)
    return this.task(index)
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    await this.run(sql`delete from canting_search_product where index_name = ${index}`)
    return this.task(index)
  }

  private tableTypes_?: Promise<Map<string, string>>

  /** The search table's columns and their types, read once (the schema is the migration's and does not change while running). */
  private tableTypes(): Promise<Map<string, string>> {
    this.tableTypes_ ??= readTableTypes(this.manager_).catch((e) => {
      this.tableTypes_ = undefined
      throw e
    })
    return this.tableTypes_
  }

  /** A deletion names only the physical index: the table's own typed columns answer for its fields. */
  private async indexColumns(): Promise<Columns> {
    return columnsOfTable(await this.tableTypes())
  }

  /**
   * Facet-only queries over the same words (the Search module's disjunctive facets arrive so: one
   * query per selected facet, each with that facet's own filter left out) share one statement and
   * one text match; anything else is searched on its own.
   */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const results: (SearchTypes.SearchResult | Promise<SearchTypes.SearchResult>)[] = new Array(inputs.length)
    const groups = new Map<string, number[]>()
    inputs.forEach((input, i) => {
      if ((input.pagination?.take ?? 20) !== 0 || input.pagination?.skip || !facetOnly(input)) {
        results[i] = this.search(input)
        return
      }
      const o = input.search_options ?? {}
      const key = JSON.stringify([input.index.physical_name, input.q?.trim() || null, !!o.typo_tolerance, o.match_strategy ?? null, o.min_score ?? null, o.attributes_to_search_on ?? null])
      groups.set(key, [...(groups.get(key) ?? []), i])
    })
    for (const members of groups.values()) {
      if (members.length === 1) {
        results[members[0]] = this.search(inputs[members[0]])
        continue
      }
      const batch = this.facetBatch(members.map((i) => inputs[i]))
      members.forEach((i, j) => (results[i] = batch.then((all) => all[j])))
    }
    return Promise.all(results)
  }

  private async facetBatch(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const started = Date.now()
    const first = inputs[0]
    const { columns, typo, from, common } = this.prepare(first)
    const queries = inputs.map((input) => ({
      requests: facetRequests(input.search_options?.facets, columns),
      where: whereSql(columns, input.filters),
      fields: filterFields(input.filters),
    }))
    const rows = await this.transaction(async (m) => {
      if (typo) await this.run(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_THRESHOLD)}, true)`, m)
      return this.run<FacetRow>(batchedFacetsSql(queries, columns, from, common), m)
    }, typo)
    return inputs.map((input, i) => {
      const { count, facets } = readFacets(queries[i].requests, rows, `${i}:`)
      return {
        hits: [],
        facets,
        metadata: {
          skip: 0, take: 0, count: input.search_options?.count === "none" ? null : count, query: input.q, processing_time_ms: Date.now() - started,
        },
      }
    })
  }

  /** What every search of an index shares: its columns, the typo flag, the match and the minimum score. */
  private prepare(input: SearchTypes.ProviderSearchQuery) {
    const options = input.search_options ?? {}
    if (options.vector) fail("The postgres search provider has no vector search")
    if (options.distinct ?? input.index.settings?.distinct_attribute) fail("The postgres search provider does not deduplicate results (distinct)")
    if (input.pagination?.cursor !== undefined) fail("The postgres search provider pages by skip and take, not by cursor")
    if (options.highlight) fail("The postgres search provider does not highlight matches")
    const columns = this.columns(input.index)
    const searchable = searchableOf(input.index)
    for (const field of options.attributes_to_search_on ?? []) {
      if (!searchable.includes(field)) fail(`Field "${field}" is not searchable on the postgres search provider`)
    }
    if (options.attributes_to_search_on && options.attributes_to_search_on.length !== searchable.length) {
      fail("The postgres search provider searches all searchable fields together")
    }
    const q = input.q?.trim() || undefined
    const typo = !!(q && options.typo_tolerance && (input.index.settings?.typo_tolerance?.enabled ?? true))
    const text = q ? textSql(q, options.match_strategy, typo) : null
    const rank = text ? text.rank : raw("0::float4")
    const common = [sql`index_name = ${input.index.physical_name}`, text ? text.match : sql`true`]
    if (options.min_score !== undefined) common.push(sql`${rank} >= ${options.min_score}`)
    const from = raw("canting_search_product")
    return { columns, q, typo, rank, from, common: join(common, " and ") }
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const started = Date.now()
    const options = input.search_options ?? {}
    const { columns, q, typo, rank, from, common } = this.prepare(input)
    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20
    const scope = sql`${common} and ${whereSql(columns, input.filters)}`
    const facets = facetRequests(options.facets, columns)
    const wantCount = options.count !== "none"

    const retrieve = input.attributes_to_retrieve.filter((a) => columns.has(a) || a === "id")
    const order = orderSql(columns, input.pagination?.order, !!q, input.index.name)
    // The rank is computed for every matched row: only when the order or the caller needs it.
    const asked = Object.keys(input.pagination?.order ?? {})
    const scored = !!options.include_score || (!!q && (!asked.length || asked.includes("_score")))
    const hitsSql = sql`select "id", ${join([...new Set(retrieve.filter((a) => a !== "id"))].map(col).concat(raw("1 as _")), ", ")}, ${scored ? rank : raw("0::float4")} as score
      from ${from} where ${scope}
      order by ${order} limit ${take} offset ${skip}`

    const answer = await this.transaction(async (m) => {
      // Typo matches use pg_trgm's `<%`, served by the trigram index, at this transaction's threshold.
      if (typo) await this.run(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_THRESHOLD)}, true)`, m)
      const runHits = () => (take > 0 ? this.run<Record<string, unknown>>(hitsSql, m) : Promise.resolve([]))
      const runFacets = () => (facets.length || (wantCount && take === 0) ? this.run<FacetRow>(facetsSql(facets, columns, from, scope), m) : Promise.resolve(null))
      // A transaction is one connection: its statements go one after the other.
      const [hits, facetRows] = typo ? [await runHits(), await runFacets()] : await Promise.all([runHits(), runFacets()])
      const counted = facetRows ? readFacets(facets, facetRows) : null
      const count = !wantCount ? null
        : counted ? counted.count
          : hits.length && hits.length < take ? skip + hits.length
            : Number((await this.run<{ n: string }>(sql`select count(*) as n from ${from} where ${scope}`, m))[0].n)
      return { hits, count, facets: counted?.facets }
    }, typo)

    return {
      hits: answer.hits.map((row) => ({
        id: String(row.id),
        score: options.include_score ? Number(row.score) : undefined,
        document: documentOf(row, retrieve, columns),
      })),
      ...(answer.facets ? { facets: answer.facets } : {}),
      metadata: { skip, take, count: answer.count, query: input.q, processing_time_ms: Date.now() - started },
    }
  }

  /** Runs in one transaction when asked to (or when the manager has none, on the manager as it is). */
  private async transaction<T>(run: (m: Manager) => Promise<T>, needed = true): Promise<T> {
    if (needed && this.manager_.transactional) return this.manager_.transactional(run)
    return run(this.manager_)
  }
}
