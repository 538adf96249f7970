import { describe, expect, it } from "vitest"
import { productSearchFields } from "../_product-fields"
import { columnsOf, orderSql, pgArray, searchableOf, whereSql } from "./_sql"

const columns = columnsOf({ fields: productSearchFields.toFields() } as never)

describe("the product index as typed columns", () => {
  it("gives every field of the definition its SQL type", () => {
    expect(Object.fromEntries([...columns.values()].map((c) => [c.name, c.type]))).toEqual(expect.objectContaining({
      technique: "text", motifs: "text[]", eco_tags: "text[]", is_imitation: "boolean", in_stock: "boolean",
      price_idr: "float8", price_usd: "float8", created_at: "timestamptz", title_id: "text",
    }))
    expect(searchableOf({ fields: productSearchFields.toFields() } as never)).toEqual(["description", "keywords", "seller_name", "title_en", "title_id"])
    // Long text lives in the words only, not as columns every scan would read.
    expect(columns.has("description")).toBe(false)
    expect(columns.has("keywords")).toBe(false)
  })

  it("refuses a field it has no column type for", () => {
    expect(() => columnsOf({ fields: { where: { type: "geo" } } } as never)).toThrow(/cannot hold field "where"/)
    expect(() => columnsOf({ fields: { sizes: { type: "float", array: true } } } as never)).toThrow(/cannot hold field "sizes"/)
  })
})

describe("filters as SQL", () => {
  it("binds every value, lists as one array parameter, never in the text", () => {
    const q = whereSql(columns, { technique: { $in: ["batik_tulis", "batik_cap'; drop table x; --"] }, motifs: { $overlaps: ["jlamprang"] }, in_stock: true })
    expect(q.sql).not.toContain("drop table")
    expect(q.sql).toBe(`"technique" = any(?::text[]) and "motifs" && ?::text[] and ("in_stock" = ?::boolean)`)
    expect(q.values).toEqual([`{"batik_tulis","batik_cap'; drop table x; --"}`, `{"jlamprang"}`, true])
  })

  it("keeps missing values out of comparisons and their negations, but not out of a negated equality", () => {
    expect(whereSql(columns, { $not: { price_usd: { $gt: 20 } } }).sql).toBe(`not ("price_usd" > ?::float8)`)
    expect(whereSql(columns, { dye_family: { $ne: "natural" } }).sql).toBe(`not coalesce("dye_family" = ?::text, false)`)
    expect(whereSql(columns, { $not: { technique: { $in: ["batik_cap"] }, form: { $nin: ["sarung"] } } }).sql)
      .toBe(`not (coalesce("technique" = any(?::text[]), false) and not "form" = any(?::text[]))`)
    expect(whereSql(columns, { dye_family: { $exists: true }, eco_tags: { $exists: false } }).sql).toBe(`"dye_family" is not null and not (cardinality("eco_tags") > 0)`)
  })

  it("nests and/or/not, and is `true` for no filters", () => {
    expect(whereSql(columns, undefined).sql).toBe("true")
    expect(whereSql(columns, { q: "batik" }).sql).toBe("true")
    expect(whereSql(columns, { $or: [{ technique: "batik_tulis" }, { form: { $in: ["sarung"] } }] }).sql)
      .toBe(`("technique" = any(?::text[]) or "form" = any(?::text[]))`)
  })

  it("escapes a prefix's wildcards, so a user's % or _ matches itself", () => {
    const q = whereSql(columns, { handle: { $prefix: "50%_off" } })
    expect(q.values).toEqual(["50\\%\\_off%"])
  })

  it("refuses unknown fields and operators that do not fit the field", () => {
    expect(() => whereSql(columns, { colour: "biru" })).toThrow(/Unknown filter field "colour"/)
    expect(() => whereSql(columns, { motifs: { $gt: "a" } })).toThrow(/not supported on array field/)
    expect(() => whereSql(columns, { technique: { $contains: ["a"] } })).toThrow(/needs an array field/)
    expect(() => whereSql(columns, { price_idr: { $gte: "murah" } })).toThrow(/to a number/)
    expect(() => whereSql(columns, { technique: {} })).toThrow(/Empty operator map/)
  })
})

describe("order", () => {
  it("puts missing values last and ends with the id, so pages never overlap or skip", () => {
    expect(orderSql(columns, { price_idr: "ASC" }, false, "product").sql).toBe(`"price_idr" asc nulls last, "id" asc`)
    expect(orderSql(columns, { _score: "DESC", created_at: "DESC" }, true, "product").sql).toBe(`score desc, "created_at" desc nulls last, "id" asc`)
    expect(orderSql(columns, undefined, true, "product").sql).toBe(`score desc, "id" asc`)
    expect(() => orderSql(columns, { motifs: "ASC" }, false, "product")).toThrow(/cannot sort by "motifs"/)
  })

  it("writes array literals Postgres reads back exactly", () => {
    expect(pgArray(['a"b', "c\\d", "e,f"])).toBe(`{"a\\"b","c\\\\d","e,f"}`)
  })
})
