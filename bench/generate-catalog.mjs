#!/usr/bin/env node
// Makes the benchmark catalog: 10,000 products and 500 approved sellers (generated benchmark data,
// labelled so everywhere) in a database of its own, then builds the product search index.
//
//   node bench/generate-catalog.mjs [--products 10000] [--sellers 500] [--db canting_bench]
//
// Database: with DATABASE_URL set, its server is used (the database name is replaced by --db);
// without it, the embedded PostgreSQL that `npm start` uses (port CANTING_PG_PORT, default 54329).
// The database is dropped and created again: its name must contain "bench", so the demo database
// (`canting`) or a test database can never be the target. Needs the backend built (`npm run build`)
// only for bench/search.mjs; this script runs the backend's TypeScript through `medusa exec`.
// Writes bench/results/catalog.json (timings) and prints them.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BACKEND = join(ROOT, "backend");
const require = createRequire(join(BACKEND, "package.json"));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const products = Number(arg("products", process.env.BENCH_PRODUCTS || 10_000));
const sellers = Number(arg("sellers", process.env.BENCH_SELLERS || 500));
const dbName = arg("db", process.env.BENCH_DB || "canting_bench");
if (!/bench/.test(dbName) || !/^[a-z0-9_]+$/.test(dbName)) {
  console.error(`Refusing database "${dbName}": the benchmark catalog only goes into a database whose name contains "bench" (letters, digits, _).`);
  process.exit(2);
}

/** A URL to the server's maintenance database and one to the benchmark database. */
async function server() {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    const at = (name) => { const u = new URL(url); u.pathname = `/${name}`; return u.toString(); };
    return { admin: at("postgres"), url: at(dbName), stop: async () => {} };
  }
  const { startEmbedded, withDatabase } = await import(join(ROOT, "scripts/lib/postgres.mjs"));
  const pg = await startEmbedded({ port: Number(process.env.CANTING_PG_PORT || 54329) });
  return { admin: pg.adminUrl, url: withDatabase(pg.adminUrl, dbName), stop: pg.stop };
}

async function recreate(adminUrl) {
  const { Client } = require("pg");
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`drop database if exists "${dbName}" with (force)`);
  await client.query(`create database "${dbName}"`);
  await client.end();
}

function step(what, args, env) {
  const t = Date.now();
  console.log(`\n== ${what}`);
  const res = spawnSync(join(ROOT, "node_modules", ".bin", "medusa"), args, { cwd: BACKEND, env, stdio: "inherit" });
  if (res.status !== 0) {
    console.error(`${what} failed (exit ${res.status}).`);
    process.exit(1);
  }
  const s = (Date.now() - t) / 1000;
  console.log(`== ${what}: ${s.toFixed(1)} s`);
  return s;
}

const db = await server();
try {
  await recreate(db.admin);
  const env = {
    ...process.env, DATABASE_URL: db.url, NODE_ENV: "development", MEDUSA_DISABLE_TELEMETRY: "true",
    BENCH_PRODUCTS: String(products), BENCH_SELLERS: String(sellers), LOG_LEVEL: process.env.LOG_LEVEL || "warn",
  };
  const timings = {};
  timings.migrate_s = step("migrating", ["db:migrate"], env);
  timings.generate_s = step(`generating ${products} products and ${sellers} sellers`, ["exec", "./src/scripts/bench-catalog.ts"], env);
  timings.reindex_s = step("building the product search index", ["exec", "./src/scripts/reindex.ts"], env);
  const result = { at: new Date().toISOString(), database: dbName, products, sellers, cpus: (await import("node:os")).cpus().length, ...timings };
  mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
  writeFileSync(join(ROOT, "bench", "results", "catalog.json"), JSON.stringify(result, null, 2) + "\n");
  console.log(`\nCatalog "${dbName}" ready: ${JSON.stringify(timings)}\nNext: node bench/search.mjs --db ${dbName}`);
} finally {
  await db.stop();
}
