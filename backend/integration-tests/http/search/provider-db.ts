import type { SearchTypes } from "@medusajs/framework/types"
import { productIndexSettings, productSearchFields } from "../../../src/search/_product-fields"
import type { Manager } from "../../../src/search/postgres/_service"
import { SEARCH_SCHEMA_SQL } from "../../../src/search/postgres/_schema"

// A database of its own for the search provider specs (provider-parity, provider-freshness), on
// DB_HOST/DB_PORT (scripts/test.mjs sets them for the integration suite): made, set up as the
// provider's migration would, and dropped.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Client } = require("pg")

/** The part of a pg client the specs use. */
export type PgClient = { connect(): Promise<void>; end(): Promise<void>; query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }> }

export const conn = (database: string) => ({
  host: process.env.DB_HOST ?? "127.0.0.1", port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USERNAME ?? "postgres", password: process.env.DB_PASSWORD || undefined, database,
})

export async function connect(database: string): Promise<PgClient> {
  const client: PgClient = new Client(conn(database))
  await client.connect()
  return client
}

/**
 * Medusa's manager interface over a pg client (`?` placeholders outside quotes become $n); given a
 * function, it asks it for the client at every statement, so a test can move it to another database.
 */
export function managerFor(client: PgClient | (() => PgClient)) {
  const current = typeof client === "function" ? client : () => client
  const toPg = (sql: string) => {
    let n = 0, out = "", quoted = false
    for (const c of sql) {
      if (c === "'") quoted = !quoted
      out += c === "?" && !quoted ? `$${++n}` : c
    }
    return out
  }
  const manager: Required<Manager> = {
    execute: async (sql: string, params: unknown[] = []) => (await current().query(toPg(sql), params)).rows,
    transactional: async <T>(run: (m: Manager) => Promise<T>) => {
      await current().query("begin")
      try {
        const r = await run(manager)
        await current().query("commit")
        return r
      } catch (e) {
        await current().query("rollback")
        throw e
      }
    },
  }
  return manager
}

/**
 * Makes `name` afresh with what our provider's migration sets up, and what Medusa's own Postgres
 * provider needs (the parity spec's reference); returns an admin client and one on it.
 */
export async function createSearchDatabase(name: string) {
  const admin = await connect("postgres")
  await admin.query(`drop database if exists ${name}`)
  await admin.query(`create database ${name}`)
  const client = await connect(name)
  for (const statement of SEARCH_SCHEMA_SQL) await client.query(statement)
  await client.query(`create extension if not exists pg_trgm; create extension if not exists unaccent;
    create text search configuration medusa_search_english (copy = english);
    alter text search configuration medusa_search_english alter mapping for hword, hword_part, word with unaccent, english_stem;
    create table search_postgres_index (name text primary key, table_name text not null, schema_hash text not null, plan jsonb not null,
      document_count integer not null default 0, created_at timestamptz not null default now(), updated_at timestamptz not null default now())`)
  return { admin, client }
}

/** The product index definition (src/search) under its own physical name. */
export function productIndex(physical_name: string) {
  return {
    name: "product", entity: "product", fields: productSearchFields.toFields(), settings: productIndexSettings, primary_key: "id", provider: "search-postgres", definition_hash: physical_name, physical_name,
  } as unknown as SearchTypes.ResolvedSearchIndexDefinition
}

// Deterministic documents: a small linear congruential generator, so a failure repeats.
let seed = 42
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]
const TECHNIQUES = ["batik_tulis", "batik_cap", "batik_kombinasi", "tiruan_batik_printing"] as const
const MOTIFS = ["jlamprang", "buketan", "liong", "semen", "terang_bulan", "pagi_sore"] as const
const SELLERS = ["sekar", "cap-uji", "alam", "pesisir", "kauman"] as const
const WORDS = ["kain", "batik", "tulis", "cap", "sarung", "selendang", "jlamprang", "buketan", "indigo", "pewarna", "alam", "kemeja"]

export function documents(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const technique = pick(TECHNIQUES)
    const motifs = rand() < 0.2 ? [pick(MOTIFS), pick(MOTIFS)].filter((m, j, a) => a.indexOf(m) === j) : [pick(MOTIFS)]
    const seller = pick(SELLERS)
    const title = Array.from({ length: 3 }, () => pick(WORDS)).join(" ")
    return {
      id: `p${String(i).padStart(4, "0")}`,
      handle: `kain-${i}`,
      title_id: `${title} ${motifs[0]}`,
      title_en: rand() < 0.7 ? `cloth ${title}` : undefined,
      description: Array.from({ length: 12 }, () => pick(WORDS)).join(" "),
      keywords: technique === "batik_tulis" ? "hand-drawn tulis" : technique === "batik_cap" ? "stamped cap" : "",
      technique,
      is_imitation: technique === "tiruan_batik_printing",
      dye_family: rand() < 0.4 ? "natural" : rand() < 0.9 ? "synthetic" : undefined,
      motifs,
      fabric: pick(["mori_prima", "sutra", "katun"]),
      form: pick(["kain_panjang", "sarung", "selendang", "kemeja"]),
      eco_tags: rand() < 0.3 ? ["wastewater_treated"] : [],
      seller_id: `sel_${seller}`,
      seller_handle: seller,
      seller_name: `Bengkel ${seller}`,
      price_idr: 100_000 + i * 1_000 + Math.floor(rand() * 900),
      price_usd: i % 17 === 0 ? undefined : 7 + i * 0.07,
      in_stock: rand() < 0.85,
      created_at: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
    }
  })
}

