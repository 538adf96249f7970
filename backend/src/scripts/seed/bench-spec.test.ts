import { describe, expect, it } from "vitest"
import { NATURAL_DYES, isImitation } from "@canting/domain"
import { benchProducts, benchSellers } from "./bench-spec"

describe("benchmark catalog shape", () => {
  const sellers = benchSellers(500)
  const products = benchProducts(10_000, sellers)

  it("is the same catalog every run, labelled as benchmark data", () => {
    expect(benchProducts(50, benchSellers(500))).toEqual(products.slice(0, 50))
    expect(sellers.every((s) => s.name.endsWith("(Data Benchmark)") && s.handle.startsWith("bench-seller-"))).toBe(true)
  })

  it("spreads over every technique, motif, form and most sellers", () => {
    const count = (key: (p: (typeof products)[number]) => string) => new Set(products.map(key)).size
    expect(count((p) => p.technique)).toBe(5)
    expect(count((p) => p.motif)).toBe(12)
    expect(count((p) => p.form)).toBe(8)
    expect(new Set(products.map((p) => p.seller)).size).toBeGreaterThan(450)
    const share = (f: (p: (typeof products)[number]) => boolean) => products.filter(f).length / products.length
    expect(share((p) => p.stock === 0)).toBeGreaterThan(0.07)
    expect(share((p) => p.stock === 0)).toBeLessThan(0.13)
    expect(share((p) => p.dye === "natural")).toBeGreaterThan(0.05)
  })

  it("keeps the domain's rules: prints are synthetic with no named dyes, prices climb print < cap < tulis", () => {
    for (const p of products.filter((p) => isImitation(p.technique))) {
      expect(p.dye).toBe("synthetic")
      expect(p.dyes).toEqual([])
    }
    for (const p of products.filter((p) => p.dye === "natural")) expect(p.dyes.every((d) => (NATURAL_DYES as readonly string[]).includes(d))).toBe(true)
    const median = (t: string) => {
      const xs = products.filter((p) => p.technique === t && p.form === "kain_panjang").map((p) => p.price_idr).sort((a, b) => a - b)
      return xs[Math.floor(xs.length / 2)]
    }
    expect(median("tiruan_batik_printing")).toBeLessThan(median("batik_cap"))
    expect(median("batik_cap")).toBeLessThan(median("batik_kombinasi"))
    expect(median("batik_kombinasi")).toBeLessThan(median("batik_tulis"))
  })
})
