import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, extractPrimaryKeyFilter, MedusaError } from "@medusajs/framework/utils"
import type { Meilisearch, MultiSearchQuery, Settings } from "meilisearch" with { "resolution-mode": "import" }
import { CantingPostgresSearchService, type Manager } from "../postgres/_service"
import { compileFilter, fromSearchResponse, settingsFor, toMeiliDocument, toSearchRequest } from "./_compile"
import { HeldWrites } from "./_held"
import { isUnreachable, Outage } from "./_outage"

export type MeilisearchOptions = {
  host: string
  apiKey?: string
  /** ms to wait for a task in waitForTask */
  taskTimeoutMs?: number
  /** ms a query may take before the catalog answers from PostgreSQL instead (MEILISEARCH_TIMEOUT_MS) */
  timeoutMs?: number
  /** ms after a failure before Meilisearch is checked again (MEILISEARCH_RETRY_MS) */
  retryAfterMs?: number
  /** ms a write or an index change may take */
  writeTimeoutMs?: number
}

/** The few PostgreSQL provider calls the mirror is used through. */
export type SearchMirror = Pick<CantingPostgresSearchService, "upsertIndex" | "deleteIndex" | "upsertDocuments" | "deleteDocuments" | "clearIndex" | "searchMany">

type EnqueuedTask = { taskUid: number; indexUid: string | null; status: string }

// A shopper waits for a query; a query Meilisearch has not answered by then is answered from PostgreSQL.
const QUERY_TIMEOUT_MS = 400
const RETRY_AFTER_MS = 5_000
// Writes run in subscribers and reindexes, where a batch of documents may take a while to upload.
const WRITE_TIMEOUT_MS = 10_000

/**
 * A Search module provider for Meilisearch (`meilisearch` JS client): the same index definition
 * as the Postgres provider, with Meilisearch doing typo tolerance, synonyms, localized fields and
 * facets natively. Writes are asynchronous in Meilisearch, so writes return `enqueued` tasks and
 * `waitForTask` lets the module wait before a new index version goes live.
 *
 * The Search module sends an index's reads and writes to its one provider, so this provider keeps
 * a mirror of its own: every index change and document write goes to our PostgreSQL provider's
 * table as well, under the same physical name. When Meilisearch cannot be reached (refused, hung
 * past `timeoutMs`, 5xx), queries are answered by the mirror and writes are held for Meilisearch
 * (see Outage and HeldWrites); it is used again once a probe finds it back and the held writes
 * have been sent.
 */
export class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "meilisearch"
  protected readonly options_: MeilisearchOptions
  protected readonly logger_?: Logger
  protected readonly mirror_?: SearchMirror
  protected readonly outage_: Outage
  private readonly held_: HeldWrites<Meilisearch>
  private client_?: Promise<Meilisearch>
  private queryClient_?: Promise<Meilisearch>

  /** `manager` (the Search module's) makes the PostgreSQL mirror; a test may pass its own `mirror`. */
  constructor({ logger, manager }: { logger?: Logger; manager?: Manager }, options: MeilisearchOptions, mirror?: SearchMirror) {
    super()
    if (!options?.host) throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "The meilisearch search provider needs a `host` (MEILISEARCH_HOST)")
    this.options_ = options
    this.logger_ = logger
    this.mirror_ = mirror ?? (manager ? new CantingPostgresSearchService({ manager, logger }) : undefined)
    this.outage_ = new Outage({ host: options.host, retryAfterMs: options.retryAfterMs ?? RETRY_AFTER_MS, logger })
    this.held_ = new HeldWrites(logger)
  }

  private connect(timeout: number): Promise<Meilisearch> {
    return import("meilisearch").then(({ Meilisearch }) => new Meilisearch({ host: this.options_.host, apiKey: this.options_.apiKey, timeout }))
  }

  /** The client for writes and index changes, created on first use (the package is ESM-only, so it is imported lazily). */
  protected client(): Promise<Meilisearch> {
    this.client_ ??= this.connect(this.options_.writeTimeoutMs ?? WRITE_TIMEOUT_MS)
    return this.client_
  }

  /** The client for queries, with the short timeout a shopper can wait for. */
  protected queryClient(): Promise<Meilisearch> {
    this.queryClient_ ??= this.connect(this.options_.timeoutMs ?? QUERY_TIMEOUT_MS)
    return this.queryClient_
  }

  private task(task: EnqueuedTask, index: string): SearchTypes.SearchTask {
    return { id: String(task.taskUid), index, status: task.status === "succeeded" ? "succeeded" : task.status === "failed" ? "failed" : "enqueued" }
  }

  /** During an outage: has a probe check Meilisearch when one is due, send it the held writes and end the outage. */
  private checkBack(): void {
    this.outage_.checkBack(async () => {
      await (await this.queryClient()).health()
      await this.held_.replay(await this.client(), (note) => this.outage_.end(note))
    })
  }

  /**
   * A document write: to the mirror first (it is what answers during an outage), then to
   * Meilisearch; while Meilisearch is away the write is held for it and reported done, since the
   * mirror has it and Meilisearch gets it before it answers again.
   */
  private async write(index: string, documents: number, send: (client: Meilisearch) => Promise<EnqueuedTask>): Promise<SearchTypes.SearchTask> {
    if (this.outage_.down) {
      this.held_.hold(documents, send)
      this.checkBack()
      return { index, status: "succeeded" }
    }
    try {
      return this.task(await send(await this.client()), index)
    } catch (e) {
      if (!this.mirror_ || !isUnreachable(e)) throw e
      this.outage_.begin(e)
      this.held_.hold(documents, send)
      return { index, status: "succeeded" }
    }
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const settings = settingsFor(index)
    await this.mirror_?.upsertIndex({ index })
    const client = await this.client()
    const created = await client.createIndex(index.physical_name, { primaryKey: index.primary_key ?? "id" })
    const done = await client.tasks.waitForTask(created.taskUid, { timeout: this.options_.taskTimeoutMs ?? 30_000 })
    if (done.status === "failed" && done.error?.code !== "index_already_exists") {
      return { index: index.physical_name, status: "failed", error: { message: done.error?.message ?? "createIndex failed", code: done.error?.code } }
    }
    return this.task(await client.index(index.physical_name).updateSettings(settings as Settings), index.physical_name)
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const task = this.task(await (await this.client()).deleteIndex(index), index)
    await this.mirror_?.deleteIndex({ index })
    return task
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const stats = await (await this.client()).getStats()
    return Object.entries(stats.indexes).map(([name, s]) => ({
      name, provider: MeilisearchSearchService.identifier, document_count: s.numberOfDocuments,
    }))
  }

  async upsertDocuments(input: { index: string; definition: SearchTypes.ResolvedSearchIndexDefinition; documents: SearchTypes.SearchDocument[] }) {
    await this.mirror_?.upsertDocuments(input)
    const docs = input.documents.map((d) => toMeiliDocument(d, input.definition.fields))
    return this.write(input.index, docs.length, (client) => client.index(input.index).addDocuments(docs, { primaryKey: input.definition.primary_key ?? "id" }))
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const ids = extractPrimaryKeyFilter(filters, { primary_key: "id" })
    if (ids && !ids.length) return { index, status: "succeeded" }
    await this.mirror_?.deleteDocuments({ index, filters })
    const filter = ids ? undefined : compileFilter(filters) ?? ""
    return this.write(index, ids?.length ?? 1, (client) => client.index(index).deleteDocuments(ids ?? { filter: filter! }))
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    await this.mirror_?.clearIndex({ index })
    return this.write(index, 1, (client) => client.index(index).deleteAllDocuments())
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /**
   * Every query in one /multi-search round trip (disjunctive facets arrive here as extra queries);
   * from the PostgreSQL mirror while Meilisearch is away.
   */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    if (!inputs.length) return []
    if (this.mirror_ && this.outage_.down) {
      this.checkBack()
      return this.mirror_.searchMany(inputs)
    }
    try {
      const { results } = (await (await this.queryClient()).multiSearch({ queries: inputs.map(toSearchRequest) as MultiSearchQuery[] })) as unknown as { results: Parameters<typeof fromSearchResponse>[1][] }
      return results.map((res, i) => fromSearchResponse(inputs[i], res))
    } catch (e) {
      if (!this.mirror_ || !isUnreachable(e)) throw e
      this.outage_.begin(e)
      return this.mirror_.searchMany(inputs)
    }
  }

  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    if (!task.id) return task
    const done = await (await this.client()).tasks.waitForTask(Number(task.id), { timeout: options?.timeout_ms ?? this.options_.taskTimeoutMs ?? 30_000 })
    return {
      ...task,
      status: done.status === "succeeded" ? "succeeded" : done.status === "failed" || done.status === "canceled" ? "failed" : "processing",
      ...(done.error ? { error: { message: done.error.message, code: done.error.code } } : {}),
    }
  }
}

export default MeilisearchSearchService
