import { describe, expect, it } from "vitest"
import { computeFacets } from "./facets"
import { compileFilters, likeToRegExp } from "./filters"
import { comparator, pageOf } from "./order"
import { buildSnapshot, patchSnapshot, type PlannedField } from "./snapshot"

const field = (path: string, kind: PlannedField["kind"], extra: Partial<PlannedField> = {}): [string, PlannedField] =>
  [path, { path, kind, is_array: false, is_date: false, field: { filterable: true, facetable: true, sortable: true }, ...extra }]
const plan = new Map([
  field("technique", "keyword"),
  field("motifs", "keyword", { is_array: true }),
  field("price", "number"),
  field("in_stock", "boolean"),
  field("title", "text", { field: { searchable: true } }),
])
const snap = buildSnapshot(plan, [
  { id: "a", values: ["batik_tulis", ["jlamprang", "buketan"], 500, true] },
  { id: "b", values: ["batik_cap", ["liong"], undefined, false] },
  { id: "c", values: ["batik_tulis", [], 300, true] },
])
const matching = (filters: any) => snap.ids.filter((_, d) => compileFilters(filters, snap)(d) === true)

describe("in-memory search index", () => {
  it("keeps only the fields a query can filter, facet or sort on", () => {
    expect([...snap.columns.keys()]).toEqual(["technique", "motifs", "price", "in_stock"])
  })

  it("follows SQL: a comparison on a missing value is unknown, and so is its negation", () => {
    expect(matching({ price: { $gt: 400 } })).toEqual(["a"])
    expect(matching({ $not: { price: { $gt: 400 } } })).toEqual(["c"])
    expect(matching({ $or: [{ price: { $gt: 400 } }, { technique: "batik_cap" }] })).toEqual(["a", "b"])
  })

  it("treats equality on an array field as 'contains', and $nin as 'contains none'", () => {
    expect(matching({ motifs: "liong" })).toEqual(["b"])
    expect(matching({ motifs: { $overlaps: ["buketan", "liong"] } })).toEqual(["a", "b"])
    expect(matching({ motifs: { $contains: ["jlamprang", "buketan"] } })).toEqual(["a"])
    expect(matching({ technique: { $nin: ["batik_cap"] }, in_stock: true })).toEqual(["a", "c"])
    expect(() => matching({ title: "x" })).toThrow(/not filterable/)
  })

  it("counts facet values (arrays per element) and price stats over the scope", () => {
    const facets = computeFacets([{ field: "motifs", type: "value" }, { field: "price", type: "stats" }, "technique"], Int32Array.from([0, 1, 2]), snap)!
    expect(facets.motifs).toEqual({ type: "value", values: [{ value: "buketan", count: 1 }, { value: "jlamprang", count: 1 }, { value: "liong", count: 1 }] })
    expect(facets.technique).toEqual({ type: "value", values: [{ value: "batik_tulis", count: 2 }, { value: "batik_cap", count: 1 }] })
    expect(facets.price).toEqual({ type: "stats", min: 300, max: 500, avg: 400, sum: 800, count: 3 })
  })

  it("orders with missing values last in both directions, then by id", () => {
    const asc = comparator({ price: "ASC" }, snap, null, false, "t")
    const desc = comparator({ price: "DESC" }, snap, null, false, "t")
    expect([0, 1, 2].sort(asc).map((d) => snap.ids[d])).toEqual(["c", "a", "b"])
    expect([0, 1, 2].sort(desc).map((d) => snap.ids[d])).toEqual(["a", "c", "b"])
  })

  it("takes a page without sorting the whole scope, the same page a full sort gives", () => {
    const scope = Int32Array.from({ length: 5000 }, (_, i) => (i * 7919) % 5000)
    const byValue = (a: number, b: number) => a - b
    expect(pageOf(scope, byValue, 48, 24)).toEqual(Array.from({ length: 24 }, (_, i) => 48 + i))
    expect(pageOf(scope, byValue, 4990, 24)).toEqual([4990, 4991, 4992, 4993, 4994, 4995, 4996, 4997, 4998, 4999])
  })

  it("answers each filter leaf once per snapshot, and a patched snapshot starts afresh", () => {
    const own = buildSnapshot(plan, [{ id: "a", values: ["batik_tulis", [], 1, true] }, { id: "b", values: ["batik_cap", [], 2, true] }])
    const ask = (s: typeof own) => s.ids.filter((_, d) => compileFilters({ technique: { $in: ["batik_cap"] }, in_stock: true }, s)(d) === true)
    expect(ask(own)).toEqual(["b"])
    expect(ask(own)).toEqual(["b"])
    expect(own.leaves.size).toBe(2)
    const patched = patchSnapshot(own, [{ id: "a", values: ["batik_cap", [], 1, true] }])
    expect(patched.leaves.size).toBe(0)
    expect(ask(patched)).toEqual(["a", "b"])
    expect(ask(own)).toEqual(["b"]) // the old copy, still read by searches that began before, is unchanged
  })

  it("reads SQL LIKE patterns", () => {
    expect(likeToRegExp("bat_k%").test("batik tulis")).toBe(true)
    expect(likeToRegExp("bat_k%").test("xbatik")).toBe(false)
    expect(likeToRegExp("50\\%").test("50%")).toBe(true)
  })
})
