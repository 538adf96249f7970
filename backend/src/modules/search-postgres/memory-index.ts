/**
 * The in-memory side of Canting's Postgres search provider: a columnar copy of the fields a query
 * filters, facets and sorts on, and the pure functions that answer a query over it.
 *
 * Semantics follow Medusa's Postgres provider (`@medusajs/search-postgres`, utils/filters.js and
 * utils/facets.js) exactly, SQL's three-valued logic included: equality is jsonb containment (on an
 * array field it means "contains"), a comparison on a missing field is unknown (so `$not` of it is
 * unknown too), and a row is a match only when its whole filter is true.
 */
import { MedusaError } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"

export type FieldKind = "text" | "keyword" | "number" | "boolean" | "vector" | "geo"
export type PlannedField = { path: string; kind: FieldKind; is_array: boolean; is_date: boolean; field: any }
type Scalar = string | number | boolean
export type Value = Scalar | Scalar[] | undefined

/** One index table at one stamp: document ids and, per field, each document's value. */
export type Snapshot = {
  ids: string[]
  position: Map<string, number>
  columns: Map<string, Value[]>
  plan: Map<string, PlannedField>
  /** Each filter leaf's answer for every document (1 true, 0 false, -1 unknown), computed once. */
  leaves: Map<string, Int8Array>
  /** Facetable columns dictionary-encoded (value → small integer), built on first use. */
  encoded: Map<string, Encoded>
}

/** A column's distinct values as text and, per document, their codes (-1: no value). */
type Encoded = { dict: string[]; codes: Int32Array | null; lists: (Int32Array | null)[] | null }

/** How many filter leaves a snapshot remembers (10 KB each at 10,000 documents). */
export const LEAF_CACHE_SIZE = 500

/** The plan fields a query can filter, facet or sort on: the only ones kept in memory. */
export function memoryFields(plan: Map<string, PlannedField>): PlannedField[] {
  return [...plan.values()].filter((p) => {
    if (p.kind === "vector" || p.kind === "geo") return false
    const f = p.field ?? {}
    return !!(f.filterable || f.facetable || f.sortable)
  })
}

export function buildSnapshot(plan: Map<string, PlannedField>, rows: { id: string; values: unknown[] }[]): Snapshot {
  const fields = memoryFields(plan)
  const columns = new Map<string, Value[]>(fields.map((f) => [f.path, new Array(rows.length)]))
  const ids = new Array<string>(rows.length)
  const position = new Map<string, number>()
  rows.forEach((row, i) => {
    ids[i] = row.id
    position.set(row.id, i)
    fields.forEach((f, j) => {
      const v = row.values[j]
      columns.get(f.path)![i] = v === null || v === undefined ? undefined : (v as Value)
    })
  })
  return { ids, position, columns, plan, leaves: new Map(), encoded: new Map() }
}

/**
 * A new snapshot with the given documents written over (or added to) `prev`; `prev` itself is not
 * changed, so searches still reading it see one consistent state.
 */
export function patchSnapshot(prev: Snapshot, rows: { id: string; values: unknown[] }[]): Snapshot {
  const fields = memoryFields(prev.plan)
  const ids = prev.ids.slice()
  const position = new Map(prev.position)
  const columns = new Map([...prev.columns].map(([path, values]) => [path, values.slice()]))
  for (const row of rows) {
    let d = position.get(row.id)
    if (d === undefined) {
      d = ids.length
      ids.push(row.id)
      position.set(row.id, d)
    }
    fields.forEach((f, j) => {
      const v = row.values[j]
      columns.get(f.path)![d!] = v === null || v === undefined ? undefined : (v as Value)
    })
  }
  return { ids, position, columns, plan: prev.plan, leaves: new Map(), encoded: new Map() }
}

function fail(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

// ---------------------------------------------------------------------------------------------
// Filters (SQL three-valued logic: true, false, null = unknown)

type Tri = boolean | null
type Predicate = (doc: number) => Tri

function castScalar(p: PlannedField, value: unknown): Scalar | null {
  if (value === null || value === undefined) return null
  switch (p.kind) {
    case "number": {
      const n = p.is_date && value instanceof Date ? value.getTime() : typeof value === "number" ? value : Number(value)
      if (Number.isNaN(n)) fail(`Cannot cast filter value for "${p.path}" to a number`)
      return n
    }
    case "boolean":
      if (typeof value === "boolean") return value
      if (value === "true" || value === "false") return value === "true"
      return Boolean(value)
    default:
      return typeof value === "string" ? value : String(value)
  }
}

/** jsonb equality of two scalars: numbers by value, no cross-type matches. */
const same = (a: unknown, b: Scalar) => typeof a === typeof b && a === b

function absent(v: Value) {
  return v === undefined
}

export function compileFilters(filters: SearchTypes.SearchFilters | undefined, snap: Snapshot): Predicate {
  if (!filters) return () => true
  return compileBranch(filters as Record<string, unknown>, snap)
}

function and(parts: Predicate[]): Predicate {
  if (!parts.length) return () => true
  if (parts.length === 1) return parts[0]
  return (d) => {
    let unknown = false
    for (const p of parts) {
      const r = p(d)
      if (r === false) return false
      if (r === null) unknown = true
    }
    return unknown ? null : true
  }
}

function or(parts: Predicate[]): Predicate {
  if (!parts.length) return () => false
  if (parts.length === 1) return parts[0]
  return (d) => {
    let unknown = false
    for (const p of parts) {
      const r = p(d)
      if (r === true) return true
      if (r === null) unknown = true
    }
    return unknown ? null : false
  }
}

const not = (p: Predicate): Predicate => (d) => {
  const r = p(d)
  return r === null ? null : !r
}

function compileBranch(branch: Record<string, unknown>, snap: Snapshot): Predicate {
  const parts: Predicate[] = []
  for (const [key, value] of Object.entries(branch)) {
    if (key === "q") continue
    if (key === "$and" || key === "$or") {
      const nested = ((value as Record<string, unknown>[]) ?? []).filter((b) => Object.keys(b ?? {}).some((k) => k !== "q"))
      if (nested.length) parts.push((key === "$and" ? and : or)(nested.map((b) => compileBranch(b, snap))))
      continue
    }
    if (key === "$not") {
      if (value && Object.keys(value).some((k) => k !== "q")) parts.push(not(compileBranch(value as Record<string, unknown>, snap)))
      continue
    }
    parts.push(cachedLeaf(snap, key, value))
  }
  return and(parts)
}

/**
 * A field's filter, answered for every document the first time it is asked on this snapshot and
 * then looked up: a catalog request's hits and facet queries, and the next shoppers' questions,
 * share the same few leaves (a technique, a dye family, the hidden sellers).
 */
function cachedLeaf(snap: Snapshot, path: string, raw: unknown): Predicate {
  const key = JSON.stringify([path, raw])
  let answers = snap.leaves.get(key)
  if (answers) {
    snap.leaves.delete(key)
  } else {
    const predicate = fieldPredicate(path, raw, snap)
    answers = new Int8Array(snap.ids.length)
    for (let d = 0; d < answers.length; d++) {
      const r = predicate(d)
      answers[d] = r === true ? 1 : r === false ? 0 : -1
    }
    while (snap.leaves.size >= LEAF_CACHE_SIZE) snap.leaves.delete(snap.leaves.keys().next().value!)
  }
  snap.leaves.set(key, answers)
  const a = answers
  return (d) => (a[d] === 1 ? true : a[d] === 0 ? false : null)
}

function fieldPredicate(path: string, raw: unknown, snap: Snapshot): Predicate {
  const p = snap.plan.get(path)
  if (!p) fail(`Unknown filter field "${path}" on the postgres search provider`)
  const column = snap.columns.get(path)
  if (!column) fail(`Field "${path}" is not filterable on the postgres search provider`)
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return anyOf(p, column, Array.isArray(raw) ? raw : [raw])
  }
  const ops = Object.keys(raw).filter((k) => k.startsWith("$"))
  if (!ops.length) fail(`Empty operator map on filter field "${path}"`)
  const list = (v: unknown) => (Array.isArray(v) ? v : [v])
  const parts = ops.map((op): Predicate => {
    const value = (raw as Record<string, unknown>)[op]
    switch (op) {
      case "$eq":
        return equality(p, column, value)
      case "$ne":
        return value === null || value === undefined ? exists(column, true) : not(equality(p, column, value))
      case "$in":
        return anyOf(p, column, list(value))
      case "$nin":
        return not(anyOf(p, column, list(value)))
      case "$gt":
        return comparison(p, column, (a, b) => a > b, value, op)
      case "$gte":
        return comparison(p, column, (a, b) => a >= b, value, op)
      case "$lt":
        return comparison(p, column, (a, b) => a < b, value, op)
      case "$lte":
        return comparison(p, column, (a, b) => a <= b, value, op)
      case "$exists":
        return exists(column, Boolean(value))
      case "$contains": {
        if (!p.is_array) fail(`Operator $contains on "${path}" needs an array field`)
        const wanted = list(value).map((v) => castScalar(p, v))
        return (d) => {
          const v = column[d]
          return Array.isArray(v) && wanted.every((w) => v.some((x) => same(x, w as Scalar)))
        }
      }
      case "$overlaps":
        if (!p.is_array) fail(`Operator $overlaps on "${path}" needs an array field`)
        return anyOf(p, column, list(value))
      case "$prefix":
      case "$like": {
        if (p.is_array) fail(`Operator "${op}" is not supported on array field "${path}"`)
        const re = likeToRegExp(op === "$prefix" ? `${String(value)}%` : String(value))
        return (d) => {
          const v = column[d]
          return absent(v) ? null : re.test(String(v))
        }
      }
      default:
        return fail(`The postgres search provider does not support operator "${op}" on "${path}"`)
    }
  })
  return and(parts)
}

function exists(column: Value[], wanted: boolean): Predicate {
  return (d) => !absent(column[d]) === wanted
}

function equality(p: PlannedField, column: Value[], value: unknown): Predicate {
  const cast = castScalar(p, value)
  if (cast === null) return exists(column, false)
  return (d) => {
    const v = column[d]
    if (absent(v)) return false
    return Array.isArray(v) ? v.some((x) => same(x, cast)) : same(v, cast)
  }
}

function anyOf(p: PlannedField, column: Value[], values: unknown[]): Predicate {
  if (!values.length) return () => false
  return or(values.map((v) => equality(p, column, v)))
}

function comparison(p: PlannedField, column: Value[], cmp: (a: any, b: any) => boolean, value: unknown, op: string): Predicate {
  if (p.is_array) fail(`Operator "${op}" is not supported on array field "${p.path}"`)
  const cast = castScalar(p, value)
  if (cast === null) return () => null
  return (d) => {
    const v = column[d]
    if (absent(v)) return null
    if (p.kind === "number") return cmp(Number(v), cast)
    if (p.kind === "boolean") return cmp(v === true || v === "true", cast)
    return cmp(String(v), cast)
  }
}

/** SQL LIKE (`%` any run, `_` one character, case-sensitive) as a regular expression. */
export function likeToRegExp(pattern: string): RegExp {
  let out = ""
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === "\\" && i + 1 < pattern.length) out += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    else if (c === "%") out += "[\\s\\S]*"
    else if (c === "_") out += "[\\s\\S]"
    else out += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  }
  return new RegExp(`^${out}$`)
}

// ---------------------------------------------------------------------------------------------
// Order

/** Compares two documents by the query's order, ties broken by id so pages never overlap. */
export function comparator(
  order: Record<string, SearchTypes.SearchOrderBy> | undefined, snap: Snapshot, scores: Float64Array | null, hasQuery: boolean, indexName: string
): (a: number, b: number) => number {
  const entries = Object.entries(order ?? {})
  const byId = (a: number, b: number) => (snap.ids[a] < snap.ids[b] ? -1 : snap.ids[a] > snap.ids[b] ? 1 : 0)
  const score = (d: number) => (scores ? scores[d] : 0)
  if (!entries.length) {
    return hasQuery ? (a, b) => score(b) - score(a) || byId(a, b) : byId
  }
  const keys = entries.map(([property, direction]) => {
    const sign = direction === "ASC" ? 1 : -1
    if (property === "_score") return (a: number, b: number) => sign * (score(a) - score(b))
    const p = snap.plan.get(property)
    if (!p) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cannot sort search index "${indexName}" by unknown field "${property}"`)
    if (p.is_array || p.kind === "vector") fail(`The postgres search provider cannot sort by "${property}"`)
    const column = snap.columns.get(property)
    if (!column) fail(`Field "${property}" is not sortable on the postgres search provider`)
    const key = (d: number): number | string | undefined => {
      const v = column[d]
      if (absent(v)) return undefined
      return p.kind === "number" ? Number(v) : p.kind === "boolean" ? (v ? 1 : 0) : String(v)
    }
    // NULLS LAST in both directions, as the provider's SQL orders them.
    return (a: number, b: number) => {
      const x = key(a)
      const y = key(b)
      if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1
      return x < y ? -sign : x > y ? sign : 0
    }
  })
  return (a, b) => {
    for (const k of keys) {
      const r = k(a, b)
      if (r) return r
    }
    return byId(a, b)
  }
}

// ---------------------------------------------------------------------------------------------
// Facets

type FacetRequest = string | SearchTypes.SearchFacetRequest
type FacetResult = NonNullable<SearchTypes.SearchResult["facets"]>[string]

const textOf = (v: Scalar) => String(v)

export function computeFacets(requests: FacetRequest[] | undefined, scope: Int32Array, snap: Snapshot): SearchTypes.SearchResult["facets"] {
  if (!requests?.length) return undefined
  const out: NonNullable<SearchTypes.SearchResult["facets"]> = {}
  for (const raw of requests) {
    const request = typeof raw === "string" ? { field: raw, type: "value" as const } : raw
    const p = snap.plan.get(request.field)
    const column = snap.columns.get(request.field)
    if (!p || !column || !(p.field?.facetable)) fail(`Field "${request.field}" is not facetable on the postgres search provider`)
    out[request.field] = facet(request as any, p, column, scope, snap)
  }
  return out
}

/** The column's values as codes into a dictionary of their texts (what a value facet lists). */
function encode(snap: Snapshot, path: string, column: Value[]): Encoded {
  const have = snap.encoded.get(path)
  if (have) return have
  const index = new Map<string, number>()
  const dict: string[] = []
  const code = (v: Scalar) => {
    const t = textOf(v)
    let c = index.get(t)
    if (c === undefined) {
      c = dict.length
      dict.push(t)
      index.set(t, c)
    }
    return c
  }
  const isArray = !!snap.plan.get(path)?.is_array
  const codes = isArray ? null : new Int32Array(column.length).fill(-1)
  const lists = isArray ? new Array<Int32Array | null>(column.length).fill(null) : null
  column.forEach((v, d) => {
    if (absent(v)) return
    if (Array.isArray(v)) {
      if (lists) lists[d] = Int32Array.from(v.map(code))
      else codes![d] = code(v[0])
    } else if (lists) lists[d] = Int32Array.of(code(v))
    else codes![d] = code(v)
  })
  const encoded = { dict, codes, lists }
  snap.encoded.set(path, encoded)
  return encoded
}

function facet(request: { type?: string; field: string; limit?: number; sort?: string; query?: string; ranges?: any[] }, p: PlannedField, column: Value[], scope: Int32Array, snap: Snapshot): FacetResult {
  if (request.type === "stats" || request.type === "range") {
    if (p.kind !== "number") fail(`${request.type === "stats" ? "Stats" : "Range"} facets require a numeric field ("${request.field}")`)
  }
  if (request.type === "stats") {
    let min = Infinity, max = -Infinity, sum = 0, n = 0
    for (const d of scope) {
      const v = column[d]
      if (absent(v)) continue
      const x = Number(v)
      if (x < min) min = x
      if (x > max) max = x
      sum += x
      n++
    }
    return n
      ? { type: "stats", min, max, avg: sum / n, sum, count: scope.length }
      : { type: "stats", min: 0, max: 0, avg: undefined, sum: undefined, count: scope.length }
  }
  if (request.type === "range") {
    const ranges = (request.ranges ?? []).map((r) => ({
      key: r.key ?? `${r.from ?? "*"}-${r.to ?? "*"}`,
      from: r.from === undefined ? undefined : Number(r.from),
      to: r.to === undefined ? undefined : Number(r.to),
    }))
    const counts = ranges.map(() => 0)
    for (const d of scope) {
      const v = column[d]
      if (absent(v)) continue
      const x = Number(v)
      ranges.forEach((r, i) => {
        if ((r.from === undefined || x >= r.from) && (r.to === undefined || x < r.to)) counts[i]++
      })
    }
    return { type: "range", ranges: ranges.map((r, i) => ({ ...r, count: counts[i] })) }
  }
  const { dict, codes, lists } = encode(snap, request.field, column)
  const counts = new Int32Array(dict.length)
  if (codes) {
    for (const d of scope) {
      const c = codes[d]
      if (c >= 0) counts[c]++
    }
  } else if (lists) {
    for (const d of scope) {
      const list = lists[d]
      if (list) for (const c of list) counts[c]++
    }
  }
  let values: { value: string; count: number }[] = []
  counts.forEach((count, c) => {
    if (count > 0) values.push({ value: dict[c], count })
  })
  if (request.query) values = values.filter((v) => v.value.startsWith(request.query!))
  const byValue = (a: { value: string }, b: { value: string }) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
  values.sort(request.sort === "alpha" ? byValue : (a, b) => b.count - a.count || byValue(a, b))
  return { type: "value", values: values.slice(0, request.limit ?? 10) }
}
