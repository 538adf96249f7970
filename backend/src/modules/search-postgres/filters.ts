/**
 * Filters over the in-memory copy with exactly the semantics of Medusa's Postgres provider
 * (`@medusajs/search-postgres`, utils/filters.js), SQL's three-valued logic included: equality is
 * jsonb containment ("contains" on an array field), a comparison on a missing field is unknown (so
 * is its `$not`), and a row matches only when its whole filter is true.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { absent, fail, LEAF_CACHE_SIZE, type PlannedField, type Scalar, type Snapshot, type Value } from "./snapshot"

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


export function compileFilters(filters: SearchTypes.SearchFilters | undefined, snap: Snapshot): Predicate {
  if (!filters) return () => true
  return compileBranch(filters as Record<string, unknown>, snap)
}

/**
 * SQL's AND (`decisive` false: any false decides) and OR (`decisive` true: any true decides);
 * otherwise unknown if any part is unknown.
 */
function connective(parts: Predicate[], decisive: boolean): Predicate {
  if (!parts.length) return () => !decisive
  if (parts.length === 1) return parts[0]
  return (d) => {
    let unknown = false
    for (const p of parts) {
      const r = p(d)
      if (r === decisive) return decisive
      if (r === null) unknown = true
    }
    return unknown ? null : !decisive
  }
}
const and = (parts: Predicate[]) => connective(parts, false)
const or = (parts: Predicate[]) => connective(parts, true)

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
