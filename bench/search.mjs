#!/usr/bin/env node
// Search latency at catalog scale: starts the built backend on the benchmark database (made by
// bench/generate-catalog.mjs) and loads five search scenarios with autocannon, 20 concurrent
// clients each. Prints p50/p95/p99 latency and requests/s per scenario and writes
// bench/results/search.json. Target: p95 under 100 ms (issue #6, "Speed").
//
//   node bench/search.mjs [--db canting_bench] [--port 9300] [--duration 15] [--connections 20]
//   node bench/search.mjs --url http://localhost:9000 --key pk_...   (an already running backend)
//
// Needs `npm run build` (it runs backend/.medusa/server). Database server: DATABASE_URL's, else
// the embedded PostgreSQL on CANTING_PG_PORT (default 54329), as in generate-catalog.mjs.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BACKEND = join(ROOT, "backend");
const SERVER = join(BACKEND, ".medusa", "server");
const require = createRequire(join(BACKEND, "package.json"));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const dbName = arg("db", process.env.BENCH_DB || "canting_bench");
const port = Number(arg("port", process.env.BENCH_PORT || 9300));
const duration = Number(arg("duration", 15));
const connections = Number(arg("connections", 20));
const warmup = Number(arg("warmup", 3));
const TARGET_P95_MS = 100;

/** What a shopper does most: the five scenarios of issue #6. */
export const SCENARIOS = [
  { name: "free-text", what: "free-text search 'batik tulis'", path: "/store/catalog?q=batik%20tulis&locale=id" },
  { name: "typo", what: "typo search 'jlamprag' (finds Jlamprang)", path: "/store/catalog?q=jlamprag&locale=id" },
  { name: "synonym", what: "synonym search 'hand-drawn' (finds tulis)", path: "/store/catalog?q=hand-drawn&locale=en" },
  { name: "faceted", what: "listing: technique + dye family, sorted by price", path: "/store/catalog?technique=batik_tulis,batik_cap&dye_family=natural&sort=price_asc&locale=id" },
  { name: "suggest", what: "header suggestions 'jlam'", path: "/store/catalog/suggest?q=jlam&locale=id" },
];

async function databaseUrl() {
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = `/${dbName}`;
    return { url: u.toString(), stop: async () => {} };
  }
  const { startEmbedded, withDatabase } = await import(join(ROOT, "scripts/lib/postgres.mjs"));
  const pg = await startEmbedded({ port: Number(process.env.CANTING_PG_PORT || 54329) });
  return { url: withDatabase(pg.adminUrl, dbName), stop: pg.stop };
}

async function sql(url, text) {
  const { Client } = require("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

async function waitFor(url, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

const ms = (x) => (x === null ? null : Math.round(x * 10) / 10);

export function percentile(sorted, p) {
  if (!sorted.length) return null;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

function load(url, key, seconds) {
  return new Promise((resolveRun, reject) => {
    const latencies = [];
    const instance = autocannon({ url, connections, duration: seconds, headers: { "x-publishable-api-key": key } }, (err, result) => {
      if (err) reject(err);
      else resolveRun({ result, latencies });
    });
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

let server = null;
let db = { stop: async () => {} };
const stop = async () => {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
  await db.stop();
};
process.on("SIGINT", () => stop().then(() => process.exit(130)));

try {
  let base = arg("url");
  let key = arg("key");
  let products = null;
  if (!base || !key) {
    db = await databaseUrl();
    const [{ n } = { n: 0 }] = await sql(db.url, "select count(*)::int as n from product where deleted_at is null");
    products = n;
    if (!products) throw new Error(`No products in "${dbName}": run node bench/generate-catalog.mjs first.`);
    key ??= (await sql(db.url, "select token from api_key where type = 'publishable' and revoked_at is null order by created_at limit 1"))[0]?.token;
  }
  if (!base) {
    if (!existsSync(join(SERVER, "medusa-config.js"))) throw new Error("The backend is not built: run `npm run build` first.");
    base = `http://127.0.0.1:${port}`;
    console.log(`Starting the backend on ${base} (database ${dbName}, ${products} products)...`);
    server = spawn(join(ROOT, "node_modules", ".bin", "medusa"), ["start", "--port", String(port)], {
      cwd: SERVER, stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: "production", PORT: String(port), LOG_LEVEL: "error", MEDUSA_DISABLE_TELEMETRY: "true" },
    });
    await waitFor(`${base}/health`, 180_000);
  }

  const rows = [];
  for (const s of SCENARIOS) {
    const url = `${base}${s.path}`;
    const res = await fetch(url, { headers: { "x-publishable-api-key": key } });
    const body = await res.json();
    if (!res.ok) throw new Error(`${s.name}: ${res.status} ${JSON.stringify(body)}`);
    const found = body.count ?? body.products?.length ?? 0;
    if (!found) throw new Error(`${s.name}: found nothing; the benchmark needs a scenario that finds pieces.`);
    await load(url, key, warmup);
    const { result, latencies } = await load(url, key, duration);
    latencies.sort((a, b) => a - b);
    const row = {
      scenario: s.name, what: s.what, path: s.path, found,
      requests: result.requests.total, non_2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts,
      rps: Number(result.requests.average.toFixed(1)),
      p50_ms: ms(percentile(latencies, 50)), p95_ms: ms(percentile(latencies, 95)), p99_ms: ms(percentile(latencies, 99)), max_ms: ms(latencies.at(-1) ?? null),
    };
    row.meets_target = row.p95_ms !== null && row.p95_ms < TARGET_P95_MS && !row.non_2xx && !row.errors;
    rows.push(row);
    console.log(`${s.name.padEnd(10)} p50 ${String(row.p50_ms).padStart(5)} ms  p95 ${String(row.p95_ms).padStart(5)} ms  p99 ${String(row.p99_ms).padStart(5)} ms  ${String(row.rps).padStart(7)} req/s  (${row.requests} requests, ${row.non_2xx} non-2xx, found ${found})`);
  }

  const out = {
    at: new Date().toISOString(), database: products === null ? null : dbName, products, connections, duration_s: duration,
    machine: { cpus: cpus().length, load_average_1m: Number(loadavg()[0].toFixed(1)), memory_gib: Math.round(totalmem() / 2 ** 30), node: process.version }, target_p95_ms: TARGET_P95_MS, scenarios: rows,
  };
  mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
  writeFileSync(join(ROOT, "bench", "results", "search.json"), JSON.stringify(out, null, 2) + "\n");
  console.log("\n| scenario | p50 ms | p95 ms | p99 ms | req/s |\n|---|---:|---:|---:|---:|");
  for (const r of rows) console.log(`| ${r.what} | ${r.p50_ms} | ${r.p95_ms} | ${r.p99_ms} | ${r.rps} |`);
  console.log(`Load average (1 min) at the end: ${loadavg()[0].toFixed(1)}`);
  console.log(`\nWrote bench/results/search.json. p95 target ${TARGET_P95_MS} ms: ${rows.every((r) => r.meets_target) ? "met" : "NOT met"} (${cpus().length} cores).`);
} catch (e) {
  console.error(e.message ?? e);
  process.exitCode = 1;
} finally {
  await stop();
}
