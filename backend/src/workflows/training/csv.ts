/** One data row of a bulk award file: its line number in the file (the header is line 1) and its cells by column. */
export type CsvRow = { row: number; cells: Record<string, string> }

export const BULK_COLUMNS = ["seller", "level", "certificate_number"] as const
export const MAX_BULK_ROWS = 500

/** Splits CSV text into records: commas or semicolons (spreadsheet exports in Indonesia use both), quotes, CRLF. */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, "")
  const firstLine = src.split(/\r?\n/, 1)[0] ?? ""
  const sep = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ","
  const records: string[][] = []
  let record: string[] = []
  let cell = ""
  let quoted = false
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { cell += '"'; i++ }
      else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"' && cell === "") quoted = true
    else if (ch === sep) { record.push(cell); cell = "" }
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++
      record.push(cell); records.push(record); record = []; cell = ""
    } else cell += ch
  }
  if (cell !== "" || record.length) { record.push(cell); records.push(record) }
  return records
}

/**
 * Reads a bulk award file: a header naming at least `seller` and `level` (any order, any case),
 * then one row per award. Blank lines are skipped. Returns the rows, or the error code of the whole file.
 */
export function readBulkAwards(text: string): { rows: CsvRow[] } | { error: "csv_required" | "csv_header" | "csv_too_many_rows" } {
  const records = parseCsv(text)
  const lines = records.map((r, i) => ({ line: i + 1, cells: r.map((c) => c.trim()) }))
  const header = lines.find((l) => l.cells.some((c) => c !== ""))
  if (!header) return { error: "csv_required" }
  const columns = header.cells.map((c) => c.toLowerCase())
  if (!columns.includes("seller") || !columns.includes("level")) return { error: "csv_header" }
  const rows = lines
    .filter((l) => l.line > header.line && l.cells.some((c) => c !== ""))
    .map((l) => ({ row: l.line, cells: Object.fromEntries(columns.map((c, i) => [c, l.cells[i] ?? ""])) }))
  if (!rows.length) return { error: "csv_required" }
  if (rows.length > MAX_BULK_ROWS) return { error: "csv_too_many_rows" }
  return { rows }
}
