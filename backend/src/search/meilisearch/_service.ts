import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, extractPrimaryKeyFilter, MedusaError } from "@medusajs/framework/utils"
import type { Meilisearch, MultiSearchQuery, Settings } from "meilisearch" with { "resolution-mode": "import" }
import { compileFilter, fromSearchResponse, settingsFor, toMeiliDocument, toSearchRequest } from "./_compile"

export type MeilisearchOptions = { host: string; apiKey?: string; /** ms to wait for a task in waitForTask */ taskTimeoutMs?: number }

type EnqueuedTask = { taskUid: number; indexUid: string | null; status: string }

/**
 * A Search module provider for Meilisearch (`meilisearch` JS client): the same index definition
 * as the Postgres provider, with Meilisearch doing typo tolerance, synonyms, localized fields and
 * facets natively. Writes are asynchronous in Meilisearch, so writes return `enqueued` tasks and
 * `waitForTask` lets the module wait before a new index version goes live.
 */
export class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "meilisearch"
  protected readonly options_: MeilisearchOptions
  protected readonly logger_?: Logger
  private client_?: Promise<Meilisearch>

  constructor({ logger }: { logger?: Logger }, options: MeilisearchOptions) {
    super()
    if (!options?.host) throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "The meilisearch search provider needs a `host` (MEILISEARCH_HOST)")
    this.options_ = options
    this.logger_ = logger
  }

  /** The client, created on first use (the package is ESM-only, so it is imported lazily). */
  protected client(): Promise<Meilisearch> {
    this.client_ ??= import("meilisearch").then(({ Meilisearch }) => new Meilisearch({ host: this.options_.host, apiKey: this.options_.apiKey }))
    return this.client_
  }

  private task(task: EnqueuedTask, index: string): SearchTypes.SearchTask {
    return { id: String(task.taskUid), index, status: task.status === "succeeded" ? "succeeded" : task.status === "failed" ? "failed" : "enqueued" }
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const settings = settingsFor(index)
    const client = await this.client()
    const created = await client.createIndex(index.physical_name, { primaryKey: index.primary_key ?? "id" })
    const done = await client.tasks.waitForTask(created.taskUid, { timeout: this.options_.taskTimeoutMs ?? 30_000 })
    if (done.status === "failed" && done.error?.code !== "index_already_exists") {
      return { index: index.physical_name, status: "failed", error: { message: done.error?.message ?? "createIndex failed", code: done.error?.code } }
    }
    return this.task(await client.index(index.physical_name).updateSettings(settings as Settings), index.physical_name)
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    return this.task(await (await this.client()).deleteIndex(index), index)
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const stats = await (await this.client()).getStats()
    return Object.entries(stats.indexes).map(([name, s]) => ({
      name, provider: MeilisearchSearchService.identifier, document_count: s.numberOfDocuments,
    }))
  }

  async upsertDocuments(input: { index: string; definition: SearchTypes.ResolvedSearchIndexDefinition; documents: SearchTypes.SearchDocument[] }) {
    const docs = input.documents.map((d) => toMeiliDocument(d, input.definition.fields))
    const task = await (await this.client()).index(input.index).addDocuments(docs, { primaryKey: input.definition.primary_key ?? "id" })
    return this.task(task, input.index)
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const target = (await this.client()).index(index)
    const ids = extractPrimaryKeyFilter(filters, { primary_key: "id" })
    if (ids) return ids.length ? this.task(await target.deleteDocuments(ids), index) : { index, status: "succeeded" }
    return this.task(await target.deleteDocuments({ filter: compileFilter(filters) ?? "" }), index)
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    return this.task(await (await this.client()).index(index).deleteAllDocuments(), index)
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** Every query in one /multi-search round trip (disjunctive facets arrive here as extra queries). */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    if (!inputs.length) return []
    const { results } = (await (await this.client()).multiSearch({ queries: inputs.map(toSearchRequest) as MultiSearchQuery[] })) as unknown as { results: Parameters<typeof fromSearchResponse>[1][] }
    return results.map((res, i) => fromSearchResponse(inputs[i], res))
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
