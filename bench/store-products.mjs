#!/usr/bin/env node
// What hiding unapproved workshops costs a store request: GET /store/products (the listing every
// catalog and cart page asks for) timed with autocannon, first as the data stands, then with
// sellers temporarily set to `suspended` so their listings must be left out (each request runs
// hideUnapprovedSellerProducts), then restored. Issue #14 point 5: the cost must not grow with
// every hidden listing being loaded per request.
//
//   node bench/store-products.mjs [--url http://localhost:9000] [--suspend 3] [--duration 10] [--connections 10]
//
// Needs a running backend (`npm start`) and its database: DATABASE_URL, else the embedded one
// (CANTING_PG_PORT, default 54329, database canting). Writes bench/results/store-products.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(ROOT, "backend", "package.json"));
const { Client } = require("pg");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const url = arg("url", "http://localhost:9000");
const suspend = Number(arg("suspend", 3));
const duration = Number(arg("duration", 10));
const connections = Number(arg("connections", 10));
const databaseUrl = process.env.DATABASE_URL || `postgres://postgres:canting@localhost:${process.env.CANTING_PG_PORT || 54329}/canting`;

const db = new Client({ connectionString: databaseUrl });
await db.connect();
const { rows: [key] } = await db.query("select token from api_key where type = 'publishable' and revoked_at is null order by created_at limit 1");
const hiddenCount = async () => Number((await db.query(
  "select count(*) from seller_seller_product_product l join seller s on s.id = l.seller_id where l.deleted_at is null and s.deleted_at is null and s.status <> 'approved'",
)).rows[0].count);

async function load(label) {
  const run = await autocannon({
    url: `${url}/store/products?limit=12&fields=id,title,handle,thumbnail,*seller`, connections, duration,
    headers: { "x-publishable-api-key": key.token },
  });
  if (run.non2xx) throw new Error(`${label}: ${run.non2xx} answers were not 2xx`);
  const result = { label, hidden_listings: await hiddenCount(), p50_ms: run.latency.p50, p90_ms: run.latency.p90, p99_ms: run.latency.p99, requests_per_s: run.requests.average };
  console.log(`${label.padEnd(34)} hidden ${String(result.hidden_listings).padStart(5)}   p50 ${result.p50_ms} ms   p90 ${result.p90_ms} ms   p99 ${result.p99_ms} ms   ${Math.round(result.requests_per_s)} req/s`);
  return result;
}

const load1 = loadavg()[0];
console.log(`load average ${load1.toFixed(2)} on ${cpus().length} cores; ${connections} connections, ${duration} s each`);
const results = [await load("as seeded")];
// The approved workshops with the most listings, suspended for the second run and restored after.
const { rows: chosen } = await db.query(
  `select s.id, count(l.product_id) as n from seller s join seller_seller_product_product l on l.seller_id = s.id and l.deleted_at is null
   where s.status = 'approved' and s.deleted_at is null group by s.id order by n desc limit $1`, [suspend]);
try {
  await db.query("update seller set status = 'suspended' where id = any($1)", [chosen.map((r) => r.id)]);
  results.push(await load(`${chosen.length} more workshops suspended`));
} finally {
  await db.query("update seller set status = 'approved' where id = any($1)", [chosen.map((r) => r.id)]);
  await db.end();
}
mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
writeFileSync(join(ROOT, "bench", "results", "store-products.json"), JSON.stringify({ at: new Date().toISOString(), load_average: load1, cores: cpus().length, url, connections, duration, results }, null, 2));
