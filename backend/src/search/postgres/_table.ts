import { MedusaError } from "@medusajs/framework/utils"
import { fail, sql, type Column, type Columns } from "./_sql"

type Manager = { execute(text: string, params?: unknown[]): Promise<Record<string, unknown>[]> }

/** What each column type is called in information_schema. */
export const UDT: Record<Column["type"], string> = { text: "text", "text[]": "_text", boolean: "bool", float8: "float8", timestamptz: "timestamptz" }

/** The search table's columns and their types; fails when the migration has not made it yet. */
export async function readTableTypes(manager: Manager): Promise<Map<string, string>> {
  const q = sql`select column_name, udt_name from information_schema.columns where table_name = 'canting_search_product' and table_schema = current_schema()`
  const rows = (await manager.execute(q.sql, q.values)) as { column_name: string; udt_name: string }[]
  if (!rows.length) fail("The postgres search table is missing: run `npx medusa db:migrate`", MedusaError.Types.UNEXPECTED_STATE)
  return new Map(rows.map((r) => [r.column_name, r.udt_name]))
}

/** The table's typed columns as filterable fields (its key and typo text apart). */
export function columnsOfTable(types: Map<string, string>): Columns {
  const byUdt = Object.fromEntries(Object.entries(UDT).map(([t, u]) => [u, t])) as Record<string, Column["type"]>
  return new Map([...types].filter(([name, udt]) => byUdt[udt] && !["index_name", "search_text"].includes(name))
    .map(([name, udt]) => [name, { name, type: byUdt[udt], searchable: false }]))
}

/** A row as the document the hit carries: the retrieved fields, a missing value left out, dates as ISO text. */
export function documentOf(row: Record<string, unknown>, retrieve: string[], columns: Columns): Record<string, unknown> {
  const doc: Record<string, unknown> = {}
  for (const field of retrieve) {
    const value = row[field]
    if (value === null || value === undefined) continue
    doc[field] = columns.get(field)?.type === "timestamptz" ? new Date(value as string).toISOString() : value
  }
  return doc
}
