import { describe, expect, it } from "vitest"
import { isImitation } from "@canting/domain"
import { DEMO_PRODUCTS } from "./products"
import { demoDescription, demoTitle } from "./copy"

const of = (technique: string) => DEMO_PRODUCTS.filter((p) => p.technique === technique)

describe("demo listing copy", () => {
  it("says batik tulis is written with a canting, not painted", () => {
    const tulis = of("batik_tulis")
    expect(tulis.length).toBeGreaterThan(0)
    for (const p of tulis) {
      expect(demoDescription(p, "id")).toContain("Ditulis dengan canting tulis")
      expect(demoDescription(p, "id")).not.toMatch(/lukis/i)
      expect(demoDescription(p, "en")).not.toMatch(/paint/i)
    }
  })

  it("calls a combined imitation not batik (SNI 8184), never 'part batik' or 'not pure batik'", () => {
    const paduan = of("paduan_tiruan_batik")
    expect(paduan.length).toBeGreaterThan(0)
    for (const p of paduan) {
      const en = `${demoTitle(p, "en")} ${demoDescription(p, "en")}`
      const id = `${demoTitle(p, "id")} ${demoDescription(p, "id")}`
      expect(demoTitle(p, "en")).toContain("Batik-Pattern Print")
      expect(en).toMatch(/not batik under SNI 8184/)
      expect(en).not.toMatch(/part[- ]batik|pure batik/i)
      expect(id).toMatch(/bukan batik menurut SNI 8184/)
      expect(id).not.toMatch(/murni/i)
    }
  })

  it("gives every imitation an English title that says it is a batik-pattern print (integrity rule 1)", () => {
    for (const p of DEMO_PRODUCTS.filter((d) => isImitation(d.technique))) expect(demoTitle(p, "en")).toMatch(/Batik-Pattern Print/)
  })
})
