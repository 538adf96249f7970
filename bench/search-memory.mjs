#!/usr/bin/env node
// Memory and load time of the search provider's in-memory copy (backend/src/modules/search-postgres):
// reads the product index of a benchmark database the way the provider does, builds the copy, and
// reports its heap size and how long the load took. Writes bench/results/search-memory.json.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node --expose-gc bench/search-memory.mjs [--db canting_bench]
//
// Needs `npm run build` (it uses the built provider) and a catalog from bench/generate-catalog.mjs.
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(ROOT, "backend", "package.json"));
const { Client } = require("pg");
const { buildSnapshot, memoryFields } = require(join(ROOT, "backend", ".medusa", "server", "src", "modules", "search-postgres", "snapshot.js"));

const i = process.argv.indexOf("--db");
const db = i > 0 ? process.argv[i + 1] : "canting_bench";
const url = new URL(process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres");
url.pathname = `/${db}`;
if (!global.gc) {
  console.error("Run with node --expose-gc (heap sizes need a collection before and after).");
  process.exit(2);
}

const client = new Client({ connectionString: url.toString() });
await client.connect();
const { rows: [catalog] } = await client.query("select table_name, plan from search_postgres_index order by updated_at desc limit 1");
const plan = new Map(catalog.plan.fields.map((f) => [f.path, f]));
const fields = memoryFields(plan);
const keys = [...new Set(fields.map((f) => f.path.split(".")[0]))];
const runs = [];
for (let run = 0; run < 3; run++) {
  global.gc();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const { rows } = await client.query(
    `select id, (select jsonb_object_agg(key, value) from jsonb_each(indexed) where key = any($1))::text as values from "${catalog.table_name}"`, [keys]);
  const t1 = performance.now();
  const snapshot = buildSnapshot(plan, rows.map((r) => {
    const v = r.values ? JSON.parse(r.values) : {};
    return { id: r.id, values: fields.map((f) => v[f.path]) };
  }));
  const t2 = performance.now();
  rows.length = 0;
  global.gc();
  const heap = process.memoryUsage().heapUsed - before;
  runs.push({ documents: snapshot.ids.length, query_ms: Math.round(t1 - t0), build_ms: Math.round(t2 - t1), heap_mib: Number((heap / 2 ** 20).toFixed(1)) });
  globalThis.keep = snapshot; // measured while alive
}
await client.end();
const result = { database: db, table: catalog.table_name, fields: fields.map((f) => f.path), runs };
mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
writeFileSync(join(ROOT, "bench", "results", "search-memory.json"), JSON.stringify(result, null, 2));
for (const r of runs) console.log(`${r.documents} documents × ${fields.length} fields: query ${r.query_ms} ms, build ${r.build_ms} ms, heap ${r.heap_mib} MiB`);
