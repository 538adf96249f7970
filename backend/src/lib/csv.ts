/**
 * CSV as RFC 4180 writes it, for files a seller opens in a spreadsheet. Written here rather than
 * taken from a package: quoting is a few lines, and the part that matters for safety (formula
 * neutralising) is ours to decide either way.
 */

/** A cell's value: text the seller typed, or a number/flag we computed. Nothing is written for null. */
export type CsvValue = string | number | boolean | null | undefined

/** A line break inside a cell, a quote or the separator means the cell must be quoted. */
const NEEDS_QUOTES = /[",\r\n]/
/**
 * What a spreadsheet reads as the start of a formula (`=`, `+`, `-`, `@`) or strips before looking
 * for one (tab, carriage return). OWASP's advice: prefix such a cell with `'` so it stays text.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One cell. Text that could start a formula is prefixed with `'` (seller text, e.g. a title
 * `=HYPERLINK(…)`, must never run in the seller's spreadsheet), then quoted when it must be.
 * Numbers and flags are ours, never formulas: a negative number stays a number.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return ""
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : ""
  if (typeof value === "boolean") return value ? "true" : "false"
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export const csvRow = (values: readonly CsvValue[]): string => `${values.map(csvCell).join(",")}\r\n`

/** Excel reads a CSV without a byte-order mark in the system's code page and garbles Indonesian text. */
export const UTF8_BOM = "\uFEFF"
