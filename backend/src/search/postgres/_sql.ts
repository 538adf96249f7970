/**
 * The Search module's query language compiled to SQL over the typed columns of the product search
 * table (migrations/Migration20261207120000.ts), as `sql-template-tag` fragments (text with `?`
 * placeholders and their values, which Medusa's manager binds).
 *
 * Semantics follow Medusa's own Postgres provider, so a query means the same on either: equality,
 * `$in`, `$contains` and `$overlaps` are true or false (a missing value is simply not equal);
 * comparisons, `$prefix` and `$like` on a missing value are unknown, so neither they nor their
 * negation match it.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import sql, { empty, join, raw, type Sql } from "sql-template-tag"

export { sql, empty, join, raw, type Sql }

export const DOCUMENT_TABLE = raw("canting_search_product")
export const INDEX_TABLE = raw("canting_search_index")
export const STATE_TABLE = raw("canting_search_state")

export type ColumnType = "text" | "text[]" | "boolean" | "float8" | "timestamptz"
export type Column = { name: string; type: ColumnType; searchable: boolean }
export type Columns = Map<string, Column>

/** The text fields the vectors and the typo text are made of (`wordsSql`). */
export const SEARCHABLE_COLUMNS = ["description", "keywords", "seller_name", "title_en", "title_id"]
/** Searchable only: kept in the vectors, not as columns (long text would widen every scan of the facts). */
export const WORDS_ONLY_FIELDS = ["description", "keywords"]

export function fail(message: string, type: string = MedusaError.Types.NOT_ALLOWED): never {
  throw new MedusaError(type, message)
}

/** The column each field of an index definition is stored in, with its SQL type. */
export function columnsOf(definition: Pick<SearchTypes.ResolvedSearchIndexDefinition, "fields">): Columns {
  const columns: Columns = new Map()
  for (const [name, field] of Object.entries(definition.fields)) {
    const scalar: ColumnType | undefined =
      field.type === "keyword" || field.type === "text" ? "text"
        : field.type === "boolean" ? "boolean"
          : field.type === "float" || field.type === "integer" ? "float8"
            : field.type === "date" ? "timestamptz"
              : undefined
    if (!scalar || (field.array && scalar !== "text")) {
      fail(`The postgres search provider cannot hold field "${name}" (${field.type}${field.array ? "[]" : ""})`)
    }
    if (WORDS_ONLY_FIELDS.includes(name)) continue
    columns.set(name, { name, type: field.array ? "text[]" : scalar, searchable: !!field.searchable })
  }
  return columns
}

/** The definition's searchable fields, sorted. */
export function searchableOf(definition: Pick<SearchTypes.ResolvedSearchIndexDefinition, "fields">): string[] {
  return Object.entries(definition.fields).filter(([, f]) => f.searchable).map(([name]) => name).sort()
}

/**
 * A document's words (the last three values of its row): the titles weighted A, keywords B,
 * description and seller D, once per language, and the folded text for typos.
 */
export function wordsSql(doc: Record<string, unknown>): Sql {
  const text = (field: string) => (typeof doc[field] === "string" ? (doc[field] as string) : doc[field] == null ? "" : String(doc[field]))
  const vector = (config: string, title: string) => {
    const c = raw(`'${config}'`)
    return sql`setweight(to_tsvector(${c}, ${text(title)}), 'A') || setweight(to_tsvector(${c}, ${text("keywords")}), 'B') ||
      setweight(to_tsvector(${c}, ${text("description")}), 'D') || setweight(to_tsvector(${c}, ${text("seller_name")}), 'D')`
  }
  const folded = [text("title_id"), text("title_en"), text("description"), text("keywords"), text("seller_name")].join(" ")
  return sql`${vector("canting_search_id", "title_id")}, ${vector("canting_search_en", "title_en")}, lower(canting_unaccent(${folded}::text))`
}

/** A column name as an identifier (names come from index definitions, never from a request). */
export function col(name: string): Sql {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) fail(`Not a column name: ${name}`)
  return raw(`"${name}"`)
}

/** A Postgres array literal (`{"a","b"}`): a list of text values bound as one parameter. */
export function pgArray(values: unknown[]): string {
  return `{${values.map((v) => `"${String(v).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`
}

/** A value as a parameter of the column's type, or null. */
export function castValue(column: Column, value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null
  switch (column.type) {
    case "float8": {
      const n = typeof value === "number" ? value : Number(value)
      if (Number.isNaN(n)) fail(`Cannot cast filter value for "${column.name}" to a number`)
      return n
    }
    case "boolean":
      return typeof value === "boolean" ? value : value === "true" ? true : value === "false" ? false : Boolean(value)
    case "timestamptz": {
      const d = value instanceof Date ? value : new Date(typeof value === "number" ? value : String(value))
      if (Number.isNaN(d.getTime())) fail(`Cannot cast filter value for "${column.name}" to a date`)
      return d.toISOString()
    }
    default:
      return String(value)
  }
}

const typed = (c: Column, value: unknown) => sql`${castValue(c, value)}::${raw(c.type === "text[]" ? "text" : c.type)}`
const list = (values: unknown[]) => sql`${pgArray(values)}::text[]`
const present = (c: Column) => (c.type === "text[]" ? sql`cardinality(${col(c.name)}) > 0` : sql`${col(c.name)} is not null`)

/**
 * Equality is two-valued (a missing value is not equal). Where a condition only selects rows, SQL's
 * unknown already drops them, so the plain comparison is kept (the planner can use an index and
 * estimate it); under a negation (`negated`) it becomes `coalesce(…, false)`.
 */
const twoValued = (condition: Sql, negated: boolean) => (negated ? sql`coalesce(${condition}, false)` : condition)

function equal(c: Column, value: unknown, negated: boolean): Sql {
  if (value === null || value === undefined) return sql`not (${present(c)})`
  if (c.type === "text[]") return sql`${col(c.name)} @> ${list([castValue(c, value)])}`
  return twoValued(sql`${col(c.name)} = ${typed(c, value)}`, negated)
}

function anyOf(c: Column, values: unknown[], negated: boolean): Sql {
  if (!values.length) return sql`false`
  if (values.some((v) => v === null || v === undefined)) return sql`(${join(values.map((v) => equal(c, v, negated)), " or ")})`
  if (c.type === "text[]") return sql`${col(c.name)} && ${list(values.map((v) => castValue(c, v)))}`
  if (c.type === "text") return twoValued(sql`${col(c.name)} = any(${list(values.map((v) => castValue(c, v)))})`, negated)
  return sql`(${join(values.map((v) => equal(c, v, negated)), " or ")})`
}

function compare(c: Column, op: string, value: unknown): Sql {
  if (c.type === "text[]") fail(`Operator "${op}" is not supported on array field "${c.name}"`)
  return sql`${col(c.name)} ${raw(op)} ${typed(c, value)}`
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v])

function fieldPredicate(columns: Columns, field: string, rawValue: unknown, negated: boolean): Sql {
  const c = columns.get(field)
  if (!c) return fail(`Unknown filter field "${field}" on the postgres search provider`)
  if (rawValue === null || typeof rawValue !== "object" || Array.isArray(rawValue) || rawValue instanceof Date) {
    return anyOf(c, asList(rawValue), negated)
  }
  const ops = Object.entries(rawValue as Record<string, unknown>).filter(([k]) => k.startsWith("$"))
  if (!ops.length) fail(`Empty operator map on filter field "${field}"`)
  const parts = ops.map(([op, value]): Sql => {
    switch (op) {
      case "$eq": return equal(c, value, negated)
      case "$ne": return value === null || value === undefined ? present(c) : sql`not ${equal(c, value, !negated)}`
      case "$in": return anyOf(c, asList(value), negated)
      case "$nin": return sql`not ${anyOf(c, asList(value), !negated)}`
      case "$gt": return compare(c, ">", value)
      case "$gte": return compare(c, ">=", value)
      case "$lt": return compare(c, "<", value)
      case "$lte": return compare(c, "<=", value)
      case "$exists": return value ? present(c) : sql`not (${present(c)})`
      case "$contains":
      case "$overlaps":
        if (c.type !== "text[]") fail(`Operator ${op} on "${field}" needs an array field`)
        return sql`${col(c.name)} ${raw(op === "$contains" ? "@>" : "&&")} ${list(asList(value).map((v) => castValue(c, v)))}`
      case "$prefix":
      case "$like": {
        if (c.type === "text[]") fail(`Operator "${op}" is not supported on array field "${field}"`)
        const pattern = op === "$prefix" ? `${String(value).replace(/[\\%_]/g, "\\$&")}%` : String(value)
        return sql`${col(c.name)}::text like ${pattern}`
      }
      default:
        return fail(`The postgres search provider does not support operator "${op}" on "${field}"`)
    }
  })
  return parts.length === 1 ? parts[0] : sql`(${join(parts, " and ")})`
}

/** The filter tree as one condition (`true` when empty); `q` is the module's free text, handled apart. */
export function whereSql(columns: Columns, filters: SearchTypes.SearchFilters | undefined): Sql {
  const compile = (branch: SearchTypes.SearchFilters, negated: boolean): Sql => {
    const parts: Sql[] = []
    for (const [key, value] of Object.entries(branch)) {
      if (key === "q" || value === undefined) continue
      if (key === "$and" || key === "$or") {
        const nested = (value as SearchTypes.SearchFilters[]).map((b) => compile(b, negated))
        if (nested.length) parts.push(sql`(${join(nested, key === "$and" ? " and " : " or ")})`)
      } else if (key === "$not") {
        parts.push(sql`not (${compile(value as SearchTypes.SearchFilters, !negated)})`)
      } else {
        parts.push(fieldPredicate(columns, key, value, negated))
      }
    }
    return parts.length ? join(parts, " and ") : sql`true`
  }
  return filters ? compile(filters, false) : sql`true`
}

/** ORDER BY: the requested fields (missing values last), else relevance; always the id last, so pages never overlap. */
export function orderSql(columns: Columns, order: Record<string, SearchTypes.SearchOrderBy> | undefined, ranked: boolean, index: string): Sql {
  const entries = Object.entries(order ?? {})
  if (!entries.length) return ranked ? raw(`score desc, "id" asc`) : raw(`"id" asc`)
  const clauses = entries.map(([field, direction]) => {
    const dir = direction === "ASC" ? "asc" : "desc"
    if (field === "_score") return raw(`score ${dir}`)
    const c = columns.get(field)
    if (!c) return fail(`Cannot sort search index "${index}" by unknown field "${field}"`, MedusaError.Types.INVALID_DATA)
    if (c.type === "text[]") fail(`The postgres search provider cannot sort by "${field}"`)
    return raw(`"${c.name}" ${dir} nulls last`)
  })
  return join([...clauses, raw(`"id" asc`)], ", ")
}

function tsquery(config: "canting_search_id" | "canting_search_en", q: string, strategy: SearchTypes.SearchOptions["match_strategy"]): Sql {
  const parsed = sql`plainto_tsquery(${raw(`'${config}'`)}, ${q})`
  if (strategy === "any") return sql`replace(${parsed}::text, ' & ', ' | ')::tsquery`
  if (strategy === "last") return sql`regexp_replace(${parsed}::text, '''([^'']+)''$', '''\\1'':*')::tsquery`
  return parsed
}

/**
 * The free-text match and its relevance. The query is parsed in each language's configuration
 * (Indonesian stemming, English stemming, both unaccented) and matched against that language's
 * vector; the better rank counts. With typo tolerance, trigram word similarity to the folded text
 * also matches (pg_trgm's `<%`, which the trigram index serves, at the threshold the caller sets).
 */
export function textSql(q: string, strategy: SearchTypes.SearchOptions["match_strategy"], typo: boolean): { match: Sql; rank: Sql } {
  const folded = sql`canting_unaccent(lower(${q}))`
  const id = () => tsquery("canting_search_id", q, strategy)
  const en = () => tsquery("canting_search_en", q, strategy)
  const match = typo
    ? sql`(search_id @@ ${id()} or search_en @@ ${en()} or ${folded} <% search_text)`
    : sql`(search_id @@ ${id()} or search_en @@ ${en()})`
  const rank = typo
    ? sql`greatest(ts_rank_cd(search_id, ${id()}), ts_rank_cd(search_en, ${en()}), word_similarity(${folded}, search_text))`
    : sql`greatest(ts_rank_cd(search_id, ${id()}), ts_rank_cd(search_en, ${en()}))`
  return { match, rank }
}

/** Whether a query asks for facets or a count only (no vector, highlight or distinct options to serve). */
export function facetOnly(input: SearchTypes.ProviderSearchQuery): boolean {
  const o = input.search_options ?? {}
  return !o.vector && !o.highlight && !o.distinct && !input.index.settings?.distinct_attribute && input.pagination?.cursor === undefined
}

/** The fields a filter tree reads. */
export function filterFields(filters: SearchTypes.SearchFilters | undefined, into: string[] = []): string[] {
  for (const [key, value] of Object.entries(filters ?? {})) {
    if (key === "q" || value === undefined) continue
    if (key === "$and" || key === "$or") for (const branch of value as SearchTypes.SearchFilters[]) filterFields(branch, into)
    else if (key === "$not") filterFields(value as SearchTypes.SearchFilters, into)
    else into.push(key)
  }
  return into
}
