import { MedusaError } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import { absent, fail, type Snapshot } from "./snapshot"

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

/** The sorted page [skip, skip + take) of the scope without sorting all of it when the page is early. */
export function pageOf(scope: Int32Array, compare: (a: number, b: number) => number, skip: number, take: number): number[] {
  const need = skip + take
  if (need >= scope.length || need > 1000) return Array.from(scope).sort(compare).slice(skip, need)
  // Keep the best `need` documents in a sorted buffer: O(n · need) worst case, ~O(n) in practice.
  const best: number[] = []
  for (const d of scope) {
    if (best.length === need && compare(d, best[need - 1]) >= 0) continue
    let lo = 0, hi = best.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (compare(best[mid], d) <= 0) lo = mid + 1
      else hi = mid
    }
    best.splice(lo, 0, d)
    if (best.length > need) best.pop()
  }
  return best.slice(skip, need)
}
