// The columnar copy of the fields a query filters, facets and sorts on (one per index table and
// stamp), answered by filters.ts, order.ts and facets.ts.
import { MedusaError } from "@medusajs/framework/utils"

export type FieldKind = "text" | "keyword" | "number" | "boolean" | "vector" | "geo"
export type PlannedField = { path: string; kind: FieldKind; is_array: boolean; is_date: boolean; field: any }
export type Scalar = string | number | boolean
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
export type Encoded = { dict: string[]; codes: Int32Array | null; lists: (Int32Array | null)[] | null }

/** How many filter leaves a snapshot remembers (each holds a byte per document). */
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

export function fail(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}


export function absent(v: Value) {
  return v === undefined
}
