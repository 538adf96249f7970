import { describe, expect, it } from "vitest"
import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { stableKey } from "../../../search/_answers"
import { catalogCacheKey, catalogFilters, catalogOrder, searchWithTypoFallback } from "../../../search/_catalog"
import { correctQuery, matchTerms, suggestTerms } from "../../../search/_terms"
import { StoreCatalogParams } from "./validators"

const parse = (q: Record<string, unknown>) => StoreCatalogParams.safeParse(q)

describe("catalog query validation", () => {
  it("splits comma lists, dedupes them and fills defaults", () => {
    const p = parse({ technique: "batik_tulis,batik_cap,batik_tulis", motif: ["jlamprang", "liris"], in_stock: "true" })
    expect(p.success && p.data).toEqual(expect.objectContaining({
      technique: ["batik_tulis", "batik_cap"], motif: ["jlamprang", "liris"], in_stock: true,
      currency: "idr", locale: "id", sort: "relevance", limit: 24, offset: 0,
    }))
  })

  it("names the field of an unknown code, a bad range and an out-of-range limit", () => {
    const issues = (q: Record<string, unknown>) => { const r = parse(q); return r.success ? [] : r.error.issues.map((i) => [i.path.join("."), i.message]) }
    expect(issues({ dye_family: "natural,plastic" })).toEqual([["dye_family", "unknown_filter_code"]])
    expect(issues({ eco: "oeko_tex,shiny" })).toEqual([["eco", "unknown_filter_code"]])
    // Natural dyes are a declared product fact (dye_family), no longer an eco tag: an old link gets a 400, not a 500
    expect(issues({ eco: "natural_dyes" })).toEqual([["eco", "unknown_filter_code"]])
    expect(issues({ price_min: "900", price_max: "100" })).toEqual([["price_min", "price_range_order"]])
    expect(issues({ limit: "49" })[0][0]).toBe("limit")
    expect(issues({ locale: "fr" })[0][0]).toBe("locale")
  })

  it("accepts Medusa's locale codes", () => {
    const p = parse({ locale: "en-US" })
    expect(p.success && p.data.locale).toBe("en")
  })
})

describe("catalog filters and order", () => {
  const params = (q: Record<string, unknown>) => StoreCatalogParams.parse(q)
  it("ORs within a facet, ANDs across facets, prices in the chosen currency, hidden sellers excluded", () => {
    expect(catalogFilters(params({ q: "kain", technique: "batik_tulis,batik_cap", motif: "jlamprang", eco: "oeko_tex", currency: "usd", price_min: "10", in_stock: "true" }), ["sel_x"]))
      .toEqual({
        q: "kain", technique: { $in: ["batik_tulis", "batik_cap"] }, motifs: { $overlaps: ["jlamprang"] }, eco_tags: { $overlaps: ["oeko_tex"] },
        in_stock: true, price_usd: { $gte: 10 }, seller_id: { $nin: ["sel_x"] },
      })
    expect(catalogFilters(params({}), [])).toEqual({})
  })

  it("sorts by relevance only when there are words to be relevant to", () => {
    expect(catalogOrder(params({ q: "kain" }))).toEqual({ _score: "DESC", created_at: "DESC" })
    expect(catalogOrder(params({}))).toEqual({ created_at: "DESC" })
    expect(catalogOrder(params({ sort: "price_asc", currency: "usd" }))).toEqual({ price_usd: "ASC" })
  })
})

describe("vocabulary suggestions (Levenshtein)", () => {
  it("suggests Jlamprang for 'jlamprag' and nothing for an exact word", () => {
    expect(suggestTerms("jlamprag", "id")).toContain("Jlamprang")
    expect(suggestTerms("jlamprang", "id")).not.toContain("Jlamprang")
    expect(suggestTerms("zzzzzz", "id")).toEqual([])
  })

  it("offers terms whose label has a word starting with the query, in the locale", () => {
    expect(matchTerms("jlam", "id")).toEqual([{ facet: "motif", value: "jlamprang", label: "Jlamprang" }])
    expect(matchTerms("silk", "en")).toContainEqual({ facet: "fabric", value: "sutera", label: "Silk" })
    expect(matchTerms("sutra", "id")).toContainEqual({ facet: "fabric", value: "sutera", label: "Sutra" })
  })
})

describe("query correction before the typo-tolerant pass", () => {
  it("replaces misspelt vocabulary words with the closest word in either language", () => {
    expect(correctQuery("jlamprag")).toBe("jlamprang")
    expect(correctQuery("Jlamprag tulis")).toBe("jlamprang tulis")
    expect(correctQuery("buketn")).toBe("buketan")
  })

  it("leaves correct, short and unknown words alone (null when nothing changed)", () => {
    expect(correctQuery("jlamprang")).toBeNull()
    expect(correctQuery("ab")).toBeNull()
    expect(correctQuery("xylophone")).toBeNull()
    expect(correctQuery("B00042")).toBeNull()
  })
})

describe("typo-tolerant pass only when the words match nothing", () => {
  /** A search module that finds the words alone but nothing once filters apply, and records each call. */
  function scopeWith(wordsMatch: boolean) {
    const calls: { filters: SearchTypes.SearchFilters | undefined; typo: boolean }[] = []
    const module = {
      search: async (q: SearchTypes.SearchQuery) => {
        calls.push({ filters: q.filters, typo: !!q.search_options?.typo_tolerance })
        const filtered = Object.keys(q.filters ?? {}).some((k) => k !== "q")
        const hit = !filtered && wordsMatch
        return { hits: hit ? [{ id: "p1", document: {} }] : [], metadata: { count: hit ? 1 : 0 } }
      },
    }
    return { scope: { resolve: () => module } as unknown as MedusaContainer, calls }
  }
  const query = (filters: Record<string, unknown>) => ({ entity: "product", fields: ["id"], filters: filters as SearchTypes.SearchFilters, pagination: { skip: 0, take: 24 } })

  it("answers an honest empty result when the filters exclude pieces the words do find", async () => {
    const { scope, calls } = scopeWith(true)
    const r = await searchWithTypoFallback(scope, query({ q: "jlamprang", technique: { $in: ["batik_cap"] } }))
    expect(r).toEqual(expect.objectContaining({ exactFound: true, typo: false }))
    expect(r.result.hits).toEqual([])
    expect(calls.some((c) => c.typo)).toBe(false)
  })

  it("still tries typo tolerance when the words themselves match nothing", async () => {
    const { scope, calls } = scopeWith(false)
    const r = await searchWithTypoFallback(scope, query({ q: "xyzzyq", technique: { $in: ["batik_cap"] } }))
    expect(r).toEqual(expect.objectContaining({ exactFound: false, typo: true }))
    expect(calls.at(-1)?.typo).toBe(true)
  })
})

describe("one question, one answer", () => {
  it("names one question by its content, not its spelling", () => {
    expect(stableKey({ b: 1, a: { d: 2, c: 3 } })).toBe(stableKey({ a: { c: 3, d: 2 }, b: 1 }))
    const p = (qs: Record<string, string>) => stableKey(catalogCacheKey(StoreCatalogParams.parse(qs)))
    expect(p({ technique: "batik_tulis,batik_cap" })).toBe(p({ technique: "batik_cap,batik_tulis" }))
    expect(p({ technique: "batik_tulis" })).not.toBe(p({ technique: "batik_cap" }))
    expect(p({ q: "tulis", locale: "id" })).not.toBe(p({ q: "tulis", locale: "en" }))
    expect(p({ sort: "price_asc" })).not.toBe(p({ sort: "price_desc" }))
    expect(p({ offset: "24" })).not.toBe(p({ offset: "0" }))
  })
})
