import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Pure translations between the Search module's provider-agnostic shapes and Meilisearch's:
 * index settings from a definition, filter trees to filter strings, documents and results.
 */

type Field = SearchTypes.SearchFieldDefinition
type Flat = { path: string; field: Field }

const notAllowed = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

export function flatten(fields: Record<string, Field>, prefix = ""): Flat[] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name
    return field.type === "object" && field.fields ? flatten(field.fields, path) : [{ path, field }]
  })
}

const isSearchable = (f: Field) => f.searchable === true || typeof f.searchable === "object"
const weight = (f: Field) => (typeof f.searchable === "object" ? f.searchable.weight ?? 1 : 1)
const isFacetable = (f: Field) => f.facetable === true || typeof f.facetable === "object"

/** Meilisearch's settings for a definition: searchable (by weight), filterable, sortable, typos, synonyms, locales. */
export function settingsFor(index: SearchTypes.ResolvedSearchIndexDefinition): Record<string, unknown> {
  const flat = flatten(index.fields)
  for (const { path, field } of flat) {
    if (field.type === "geo" || field.type === "vector") throw notAllowed(`The meilisearch provider here does not support ${field.type} fields ("${path}")`)
    if (typeof field.facetable === "object" && field.facetable.types?.includes("range")) {
      throw notAllowed(`Meilisearch has no range facets ("${path}"); declare "stats" instead`)
    }
  }
  const typo = index.settings?.typo_tolerance
  const meili = (index.settings?.provider_options?.meilisearch ?? {}) as Record<string, unknown>
  const localized = flat
    .map(({ path, field }) => ({ path, locales: (field.provider_options?.meilisearch?.locales as string[] | undefined) ?? [] }))
    .filter((l) => l.locales.length)
  return {
    searchableAttributes: flat.filter(({ field }) => isSearchable(field))
      .sort((a, b) => weight(b.field) - weight(a.field)).map(({ path }) => path),
    filterableAttributes: flat.filter(({ field }) => field.filterable || isFacetable(field)).map(({ path }) => path),
    sortableAttributes: flat.filter(({ field }) => field.sortable).map(({ path }) => path),
    displayedAttributes: flat.filter(({ field }) => field.retrievable !== false).map(({ path }) => path),
    typoTolerance: {
      enabled: typo?.enabled ?? true,
      ...(typo?.min_word_size_for_one_typo || typo?.min_word_size_for_two_typos ? {
        minWordSizeForTypos: {
          ...(typo.min_word_size_for_one_typo ? { oneTypo: typo.min_word_size_for_one_typo } : {}),
          ...(typo.min_word_size_for_two_typos ? { twoTypos: typo.min_word_size_for_two_typos } : {}),
        },
      } : {}),
      ...(typo?.disabled_on_attributes?.length ? { disableOnAttributes: typo.disabled_on_attributes } : {}),
    },
    synonyms: (meili.synonyms as Record<string, string[]>) ?? {},
    faceting: { maxValuesPerFacet: 100 },
    distinctAttribute: index.settings?.distinct_attribute ?? null,
    ...(localized.length ? { localizedAttributes: localized.map((l) => ({ attributePatterns: [l.path], locales: l.locales })) } : {}),
  }
}

/** Date fields are stored as epoch milliseconds, so they filter and sort as numbers. */
export function toMeiliDocument(doc: SearchTypes.SearchDocument, fields: Record<string, Field>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...doc }
  for (const { path, field } of flatten(fields)) {
    if (field.type !== "date" || path.includes(".")) continue
    const v = out[path]
    if (v !== null && v !== undefined) out[path] = new Date(v as string).getTime()
  }
  return out
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return "null"
  if (value instanceof Date) return String(value.getTime())
  if (typeof value === "number" || typeof value === "boolean") return String(value)
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}
const list = (values: unknown[]) => `[${values.map(literal).join(", ")}]`

function fieldFilter(path: string, raw: unknown): string {
  if (raw === null) return `${path} IS NULL`
  if (Array.isArray(raw)) return `${path} IN ${list(raw)}`
  if (typeof raw !== "object" || raw instanceof Date) return `${path} = ${literal(raw)}`
  const parts: string[] = []
  for (const [op, v] of Object.entries(raw as Record<string, unknown>)) {
    switch (op) {
      case "$eq": parts.push(v === null ? `${path} IS NULL` : `${path} = ${literal(v)}`); break
      case "$ne": parts.push(v === null ? `${path} IS NOT NULL` : `${path} != ${literal(v)}`); break
      case "$in": case "$overlaps": parts.push(`${path} IN ${list(([] as unknown[]).concat(v))}`); break
      case "$nin": parts.push(`${path} NOT IN ${list(([] as unknown[]).concat(v))}`); break
      case "$gt": parts.push(`${path} > ${literal(v)}`); break
      case "$gte": parts.push(`${path} >= ${literal(v)}`); break
      case "$lt": parts.push(`${path} < ${literal(v)}`); break
      case "$lte": parts.push(`${path} <= ${literal(v)}`); break
      case "$exists": parts.push(v ? `${path} EXISTS` : `${path} NOT EXISTS`); break
      case "$contains": parts.push(([] as unknown[]).concat(v).map((x) => `${path} = ${literal(x)}`).join(" AND ")); break
      default: throw notAllowed(`Meilisearch cannot filter with "${op}" on "${path}"`)
    }
  }
  return parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`
}

/** The Search module's filter tree as a Meilisearch filter expression (undefined when empty). */
export function compileFilter(filters: SearchTypes.SearchFilters | undefined): string | undefined {
  if (!filters) return undefined
  const parts: string[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (key === "q" || value === undefined) continue
    if (key === "$and" || key === "$or") {
      const nested = (value as SearchTypes.SearchFilters[]).map(compileFilter).filter((s): s is string => !!s)
      if (nested.length) parts.push(`(${nested.join(key === "$and" ? " AND " : " OR ")})`)
    } else if (key === "$not") {
      const nested = compileFilter(value as SearchTypes.SearchFilters)
      if (nested) parts.push(`NOT (${nested})`)
    } else parts.push(fieldFilter(key, value))
  }
  return parts.length ? parts.join(" AND ") : undefined
}

const MATCHING: Record<SearchTypes.SearchMatchStrategy, string> = {
  // Meilisearch always treats the last word as a prefix; "any" drops words from the end.
  all: "all", last: "all", any: "last",
}

/** One provider query as a Meilisearch search request (for /multi-search). */
export function toSearchRequest(input: SearchTypes.ProviderSearchQuery): Record<string, unknown> {
  const options = input.search_options ?? {}
  if (options.highlight && input.q) throw notAllowed("The meilisearch provider here does not return highlights")
  if (options.vector) throw notAllowed("The meilisearch provider here has no vector search")
  if (input.pagination?.cursor !== undefined) throw notAllowed("Meilisearch does not paginate by cursor")
  const facets = (options.facets ?? []).map((f) => (typeof f === "string" ? { field: f, type: "value" as const } : f))
  if (facets.some((f) => f.type === "range")) throw notAllowed("Meilisearch has no range facets; ask for stats")
  const sort = Object.entries(input.pagination?.order ?? {})
    .filter(([field]) => field !== "_score")
    .map(([field, dir]) => `${field}:${dir === "ASC" ? "asc" : "desc"}`)
  const filter = compileFilter(input.filters)
  return {
    indexUid: input.index.physical_name,
    q: input.q ?? "",
    offset: input.pagination?.skip ?? 0,
    limit: input.pagination?.take ?? 20,
    attributesToRetrieve: input.attributes_to_retrieve,
    ...(filter ? { filter } : {}),
    ...(sort.length ? { sort } : {}),
    ...(facets.length ? { facets: [...new Set(facets.map((f) => f.field))] } : {}),
    ...(options.match_strategy ? { matchingStrategy: MATCHING[options.match_strategy] } : {}),
    ...(options.attributes_to_search_on ? { attributesToSearchOn: options.attributes_to_search_on } : {}),
    ...(options.min_score !== undefined && input.q ? { rankingScoreThreshold: options.min_score } : {}),
    ...(options.include_score ? { showRankingScore: true } : {}),
    ...(options.distinct ? { distinct: options.distinct } : {}),
    ...(options.locales?.length ? { locales: options.locales } : {}),
  }
}

type MeiliResponse = {
  hits: Record<string, unknown>[]
  estimatedTotalHits?: number
  totalHits?: number
  processingTimeMs?: number
  facetDistribution?: Record<string, Record<string, number>>
  facetStats?: Record<string, { min: number; max: number }>
}

/** A Meilisearch search response in the Search module's shape. */
export function fromSearchResponse(input: SearchTypes.ProviderSearchQuery, res: MeiliResponse): SearchTypes.SearchResult {
  const options = input.search_options ?? {}
  const primaryKey = input.index.primary_key ?? "id"
  const facets: Record<string, SearchTypes.SearchFacetResult> = {}
  for (const raw of options.facets ?? []) {
    const f = typeof raw === "string" ? { field: raw, type: "value" as const } : raw
    if (f.type === "stats") {
      const stats = res.facetStats?.[f.field]
      const count = Object.values(res.facetDistribution?.[f.field] ?? {}).reduce((a, b) => a + b, 0)
      facets[f.field] = { type: "stats", min: stats?.min ?? 0, max: stats?.max ?? 0, count: stats ? count : 0 }
    } else if (f.type !== "range") {
      const values = Object.entries(res.facetDistribution?.[f.field] ?? {})
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => (f.sort === "alpha" ? a.value.localeCompare(b.value) : b.count - a.count || a.value.localeCompare(b.value)))
      facets[f.field] = { type: "value", values: f.limit ? values.slice(0, f.limit) : values }
    }
  }
  return {
    hits: res.hits.map(({ _rankingScore, ...doc }) => ({
      id: String(doc[primaryKey]),
      ...(options.include_score && typeof _rankingScore === "number" ? { score: _rankingScore } : {}),
      document: doc,
    })),
    facets: Object.keys(facets).length ? facets : undefined,
    metadata: {
      skip: input.pagination?.skip ?? 0,
      take: input.pagination?.take ?? 20,
      count: options.count === "none" ? null : res.totalHits ?? res.estimatedTotalHits ?? res.hits.length,
      query: input.q,
      processing_time_ms: res.processingTimeMs,
    },
  }
}
