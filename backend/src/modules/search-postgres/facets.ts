import type { SearchTypes } from "@medusajs/framework/types"
import { absent, fail, type Encoded, type PlannedField, type Scalar, type Snapshot, type Value } from "./snapshot"

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
