import { describe, expect, it } from "vitest"
import { csvCell, csvRow, UTF8_BOM } from "./csv"

describe("csvCell", () => {
  it("writes plain text, numbers and flags as they are, and nothing for a missing value", () => {
    expect(csvCell("Kain Parang Biru")).toBe("Kain Parang Biru")
    expect(csvCell(1_500_000)).toBe("1500000")
    expect(csvCell(95.5)).toBe("95.5")
    expect(csvCell(-3)).toBe("-3")
    expect(csvCell(true)).toBe("true")
    expect(csvCell(false)).toBe("false")
    expect(csvCell(null)).toBe("")
    expect(csvCell(undefined)).toBe("")
    expect(csvCell(Number.NaN)).toBe("")
  })

  it("quotes a cell with a comma, a quote or a line break, doubling the quotes", () => {
    expect(csvCell("Kain, sogan")).toBe('"Kain, sogan"')
    expect(csvCell('Motif "Kawung"')).toBe('"Motif ""Kawung"""')
    expect(csvCell("baris\nkedua")).toBe('"baris\nkedua"')
    expect(csvCell("baris\r\nkedua")).toBe('"baris\r\nkedua"')
  })

  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe('"\'=HYPERLINK(""http://x"")"')
    expect(csvCell("=1+1")).toBe("'=1+1")
    expect(csvCell("+62 812")).toBe("'+62 812")
    expect(csvCell("-5")).toBe("'-5")
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)")
    expect(csvCell("\t=1")).toBe("'\t=1")
    expect(csvCell("\r=1")).toBe('"\'\r=1"')
    // Only the start counts: a dash inside a handle is text.
    expect(csvCell("kain-parang")).toBe("kain-parang")
    expect(csvCell("a=b")).toBe("a=b")
  })
})

describe("csvRow", () => {
  it("joins cells with commas and ends the record with CRLF", () => {
    expect(csvRow(["kain-a", "draft", 1000, null, "=x"])).toBe("kain-a,draft,1000,,'=x\r\n")
  })

  it("has the UTF-8 byte-order mark Excel looks for", () => {
    expect([...Buffer.from(UTF8_BOM, "utf8")]).toEqual([0xef, 0xbb, 0xbf])
  })
})
