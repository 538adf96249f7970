import { describe, expect, it } from "vitest"
import { MAX_BULK_ROWS, parseCsv, readBulkAwards } from "./csv"

describe("bulk award CSV", () => {
  it("reads quoted cells, CRLF, a BOM and semicolon exports", () => {
    expect(parseCsv('\uFEFFseller,level\r\n"batik, sekar",graduate\r\n"say ""hi""",completed')).toEqual([
      ["seller", "level"], ["batik, sekar", "graduate"], ['say "hi"', "completed"],
    ])
    expect(parseCsv("seller;level\nsekar;graduate\n")).toEqual([["seller", "level"], ["sekar", "graduate"]])
  })

  it("maps columns by header name in any order and numbers rows by their line in the file", () => {
    const read = readBulkAwards("Level,Certificate_Number,Seller\n\ngraduate,DEMO-1,sekar\ncompleted,,1234567890123\n")
    expect(read).toEqual({
      rows: [
        { row: 3, cells: { level: "graduate", certificate_number: "DEMO-1", seller: "sekar" } },
        { row: 4, cells: { level: "completed", certificate_number: "", seller: "1234567890123" } },
      ],
    })
  })

  it("refuses a file without the required columns, without rows, or with too many rows", () => {
    expect(readBulkAwards("")).toEqual({ error: "csv_required" })
    expect(readBulkAwards("seller,level\n")).toEqual({ error: "csv_required" })
    expect(readBulkAwards("nama,tingkat\nx,y")).toEqual({ error: "csv_header" })
    const many = ["seller,level", ...Array.from({ length: MAX_BULK_ROWS + 1 }, (_, i) => `s${i},graduate`)].join("\n")
    expect(readBulkAwards(many)).toEqual({ error: "csv_too_many_rows" })
  })
})
