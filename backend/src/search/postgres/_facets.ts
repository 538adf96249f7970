import type { SearchTypes } from "@medusajs/framework/types"
import { col, fail, join, raw, sql, type Columns, type Sql } from "./_sql"

/** One facet request, checked against the index's columns. */
export type FacetRequest =
  | { field: string; type: "value"; limit: number; sort?: "count" | "alpha"; query?: string }
  | { field: string; type: "stats" }
  | { field: string; type: "range"; ranges: { key: string; from?: number; to?: number }[] }

export function facetRequests(requests: SearchTypes.SearchOptions["facets"], columns: Columns): FacetRequest[] {
  return (requests ?? []).map((request) => {
    const r = typeof request === "string" ? { field: request, type: "value" as const } : request
    const c = columns.get(r.field)
    if (!c) return fail(`Field "${r.field}" is not facetable on the postgres search provider`)
    if (r.type === "stats" || r.type === "range") {
      if (c.type !== "float8") fail(`${r.type === "stats" ? "Stats" : "Range"} facets require a numeric field ("${r.field}")`)
      if (r.type === "stats") return { field: r.field, type: "stats" }
      return {
        field: r.field, type: "range",
        ranges: r.ranges.map((range) => ({
          key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
          from: range.from === undefined ? undefined : Number(range.from),
          to: range.to === undefined ? undefined : Number(range.to),
        })),
      }
    }
    return { field: r.field, type: "value", limit: r.limit ?? 10, sort: r.sort, query: r.query }
  })
}

export type FacetRow = { facet: string; value: string | null; count: string | number; min: number | null; max: number | null; avg: number | null; sum: number | null }

/**
 * The statement's branches for one facet query: the size of `source` (a CTE of the rows the query
 * matched) and each requested facet over it (`GROUP BY`; arrays through `unnest`), labelled
 * `<label><request>` so several queries can share one statement.
 */
function facetBranches(requests: FacetRequest[], columns: Columns, source: string, label: string): Sql[] {
  const from = raw(source)
  const branches: Sql[] = [sql`select ${`${label}#count`}::text as facet, null::text as value, count(*) as count, null::float8 as min, null::float8 as max, null::float8 as avg, null::float8 as sum from ${from}`]
  requests.forEach((r, i) => {
    const name = `${label}${i}`
    const c = col(r.field)
    if (r.type === "stats") {
      branches.push(sql`select ${name}, null, count(*), min(${c}), max(${c}), avg(${c}), sum(${c}) from ${from}`)
    } else if (r.type === "range") {
      r.ranges.forEach((range, j) => {
        const conditions = [
          ...(range.from !== undefined ? [sql`${c} >= ${range.from}::float8`] : []),
          ...(range.to !== undefined ? [sql`${c} < ${range.to}::float8`] : []),
        ]
        branches.push(sql`select ${name}, ${String(j)}::text, count(*), null, null, null, null from ${from} where ${conditions.length ? join(conditions, " and ") : sql`true`}`)
      })
    } else {
      const isArray = columns.get(r.field)!.type === "text[]"
      const value = isArray ? raw("v") : sql`${c}::text`
      const rows = isArray ? sql`${from}, unnest(${c}) as v` : from
      const prefix = r.query ? sql` and ${value} like ${`${r.query.replace(/[\\%_]/g, "\\$&")}%`}` : sql``
      const order = r.sort === "alpha" ? raw("2 asc") : raw("3 desc, 2 asc")
      branches.push(sql`(select ${name}, ${value}, count(*), null, null, null, null from ${rows} where ${value} is not null${prefix} group by 2 order by ${order} limit ${r.limit})`)
    }
  })
  return branches
}

const selectList = (fields: Iterable<string>) => {
  const list = [...new Set(fields)]
  return list.length ? join(list.map(col), ", ") : raw("1 as _")
}

/** Every requested facet and the size of the scope, in one statement: the scope read once, then grouped per facet. */
export function facetsSql(requests: FacetRequest[], columns: Columns, from: Sql, scope: Sql): Sql {
  return sql`with scope as materialized (select ${selectList(requests.map((r) => r.field))} from ${from} where ${scope})
    ${join(facetBranches(requests, columns, "scope", ""), " union all ")}`
}

/**
 * Several facet queries over one match (the Search module's disjunctive facets: the same words,
 * each facet counted with its own filter left out), in one statement: the words are matched once
 * into `base`, each query's filters then narrow it.
 */
export function batchedFacetsSql(queries: { requests: FacetRequest[]; where: Sql; fields: string[] }[], columns: Columns, from: Sql, common: Sql): Sql {
  const fields = queries.flatMap((q) => [...q.fields, ...q.requests.map((r) => r.field)])
  const scopes = queries.map((q, i) => sql`s${raw(String(i))} as materialized (select * from base where ${q.where})`)
  const branches = queries.flatMap((q, i) => facetBranches(q.requests, columns, `s${i}`, `${i}:`))
  return sql`with base as materialized (select ${selectList(fields)} from ${from} where ${common}), ${join(scopes, ", ")}
    ${join(branches, " union all ")}`
}

/** The rows of `facetsSql` as the Search module's facet results, and the scope's size. */
export function readFacets(requests: FacetRequest[], rows: FacetRow[], label = ""): { count: number; facets: Record<string, SearchTypes.SearchFacetResult> } {
  const by = new Map<string, FacetRow[]>()
  for (const row of rows) {
    if (!row.facet.startsWith(label)) continue
    const key = row.facet.slice(label.length)
    by.set(key, [...(by.get(key) ?? []), row])
  }
  const facets: Record<string, SearchTypes.SearchFacetResult> = {}
  requests.forEach((r, i) => {
    const mine = by.get(String(i)) ?? []
    if (r.type === "stats") {
      const s = mine[0]
      facets[r.field] = {
        type: "stats", min: Number(s?.min ?? 0), max: Number(s?.max ?? 0), count: Number(s?.count ?? 0),
        avg: s?.avg === null || s?.avg === undefined ? undefined : Number(s.avg),
        sum: s?.sum === null || s?.sum === undefined ? undefined : Number(s.sum),
      }
    } else if (r.type === "range") {
      facets[r.field] = {
        type: "range",
        ranges: r.ranges.map((range, j) => ({ ...range, count: Number(mine.find((m) => m.value === String(j))?.count ?? 0) })),
      }
    } else {
      facets[r.field] = { type: "value", values: mine.map((m) => ({ value: String(m.value), count: Number(m.count) })) }
    }
  })
  return { count: Number(by.get("#count")?.[0]?.count ?? 0), facets }
}
