// Brings up the whole marketplace: database, migrations, demo data, backend and storefront.
// Used by `npm start` (ports 9000/8000) and by the end-to-end tests (their own ports and database).
import { existsSync, mkdirSync, readdirSync, readFileSync, lstatSync, rmSync, renameSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";
import { ROOT, assertPortFree, fail, waitForHttp } from "./util.mjs";
import { assertReachable, ensureDatabaseExists, startEmbedded, withDatabase } from "./postgres.mjs";
import { run, startService, stopServices } from "./proc.mjs";
import { backendSecrets } from "./secrets.mjs";

const BACKEND = join(ROOT, "backend");
const SERVER = join(BACKEND, ".medusa", "server");
const STOREFRONT = join(ROOT, "storefront");
const bin = (name) => join(ROOT, "node_modules", ".bin", name);
const require = createRequire(join(BACKEND, "package.json"));

/** Builds what is not built yet; turbo's cache makes an unchanged tree a no-op. */
export function buildAll() {
  run(bin("turbo"), ["run", "build", "--concurrency=1", "--output-logs=errors-only"], {
    what: "building the apps",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1", MEDUSA_DISABLE_TELEMETRY: "true" },
  });
  if (!existsSync(join(SERVER, "medusa-config.js"))) fail("the backend build is missing (backend/.medusa/server); run `npm run build` to see why.");
}

let stopDatabase = async () => {};

/** Where the apps listen: this machine only unless HOST says otherwise. */
export function listenHost(env = process.env) {
  return env.HOST || "127.0.0.1";
}

/** True when a path exists as a link, even one pointing nowhere (existsSync follows links). */
function lstatExists(path) {
  try { lstatSync(path); return true; } catch { return false; }
}

/**
 * The backend's processes. Without REDIS_URL: one process that serves HTTP and runs subscribers,
 * workflows and jobs with Medusa's in-memory modules. With REDIS_URL: CANTING_SERVERS HTTP servers
 * (default 1) on one port and one worker, sharing events, workflows, locks and cache through Redis.
 * Several servers without Redis would each lock and cache on their own: refused.
 */
export function backendShape({ redisUrl, servers }) {
  const n = servers === undefined || servers === "" ? 1 : Number(servers);
  if (!Number.isInteger(n) || n < 1 || n > 64) fail(`CANTING_SERVERS must be a whole number from 1 to 64 (got "${servers}").`);
  if (n > 1 && !redisUrl) fail("CANTING_SERVERS above 1 needs REDIS_URL (e.g. redis://127.0.0.1:6379): the servers share events, workflows, locks and cache through Redis.");
  return { scaled: Boolean(redisUrl), servers: n };
}

/** Stops the apps and the embedded database, whatever stage bringUp reached. Data stays. */
export async function stopAll() {
  // Servers get Medusa's graceful shutdown (open requests finish); the worker gets longer to finish
  // the events and workflows it is running; queued ones stay in Redis for the next start.
  await stopServices({ 0: 10_000, 1: 30_000 });
  await stopDatabase();
  stopDatabase = async () => {};
}

/** The database URL to use: DATABASE_URL when set, else a database on the embedded server. */
async function database({ dbName, pgPort, fresh, log }) {
  if (process.env.DATABASE_URL) {
    await assertReachable(process.env.DATABASE_URL);
    return { url: process.env.DATABASE_URL, stop: async () => {} };
  }
  const pg = await startEmbedded({ port: pgPort, log });
  if (fresh) await dropDatabase(pg.adminUrl, dbName);
  await ensureDatabaseExists(pg.adminUrl, dbName);
  return { url: withDatabase(pg.adminUrl, dbName), stop: pg.stop };
}

async function dropDatabase(adminUrl, name) {
  const { Client } = require("pg");
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`drop database if exists "${name}" with (force)`);
  await client.end();
}

async function sql(url, text, params = []) {
  const { Client } = require("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

/** Fingerprint of everything that changes the schema: Medusa's version, our migrations and links. */
function schemaFingerprint() {
  const hash = createHash("sha1");
  hash.update(readFileSync(join(ROOT, "node_modules", "@medusajs", "medusa", "package.json")));
  const walk = (dir) => existsSync(dir) && readdirSync(dir, { withFileTypes: true }).forEach((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/migrations|links/.test(p)) hash.update(p).update(readFileSync(p));
  });
  walk(join(BACKEND, "src", "modules"));
  walk(join(BACKEND, "src", "links"));
  // Data migrations (db:migrate runs each once).
  const scripts = join(BACKEND, "src", "migration-scripts");
  if (existsSync(scripts)) for (const f of readdirSync(scripts).sort()) hash.update(f).update(readFileSync(join(scripts, f)));
  // Search index definitions: db:migrate creates and migrates their physical indexes.
  const search = join(BACKEND, "src", "search");
  if (existsSync(search)) {
    const files = readdirSync(search, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
    for (const p of files) hash.update(p).update(readFileSync(p));
  }
  hash.update(readFileSync(join(BACKEND, "medusa-config.ts")));
  return hash.digest("hex");
}

/** Runs Medusa's migrations unless this database was already migrated for this exact schema. */
async function migrate(url, env) {
  const fingerprint = schemaFingerprint();
  await sql(url, "create table if not exists canting_setup (key text primary key, value text)");
  const rows = await sql(url, "select value from canting_setup where key = 'schema'");
  if (rows?.[0]?.value === fingerprint) return false;
  run(bin("medusa"), ["db:migrate"], { cwd: BACKEND, env, what: "migrating the database", quiet: true });
  await sql(url, "insert into canting_setup values ('schema', $1) on conflict (key) do update set value = excluded.value", [fingerprint]);
  return true;
}

/** Medusa logs JSON lines in production; the console shows warnings and errors, the log file all. */
function isNoteworthy(line) {
  if (!line.startsWith("{")) return !/MemoryStore|designed for a production|memory, and will not scale/.test(line);
  try {
    const { level, message } = JSON.parse(line);
    return !["info", "http", "debug", "verbose"].includes(level) && !/Local Event Bus installed/.test(message ?? "");
  } catch {
    return true;
  }
}

/**
 * Starts everything and resolves once the storefront answers. Returns the URLs, the
 * publishable key and stop(), which stops the apps and the embedded database but keeps data.
 * `env` adds variables for both apps (and the migrate/seed steps), e.g. Stripe's from startStripeFake()
 * or the e2e run's CANTING_TEST_CLOCK=1.
 */
export async function bringUp({ backendPort = 9000, storefrontPort = 8000, pgPort = Number(process.env.CANTING_PG_PORT || 54329),
  dbName = "canting", fresh = false, uploadDir = join(BACKEND, "uploads"), silent = false, log = console.log, env: extraEnv = {},
  // Without SMTP_URL the backend writes every email here as an .eml file (the admin's Outbox page lists them).
  outboxDir = process.env.EMAIL_OUTBOX_DIR ? resolve(process.env.EMAIL_OUTBOX_DIR) : join(ROOT, ".data", "outbox"),
  redisUrl = process.env.REDIS_URL || undefined, servers = process.env.CANTING_SERVERS, workerPort = Number(process.env.CANTING_WORKER_PORT || backendPort + 1),
  storefront = true } = {}) {
  const shape = backendShape({ redisUrl, servers });
  await assertPortFree(backendPort, "backend");
  if (shape.scaled) await assertPortFree(workerPort, "worker");
  if (storefront) await assertPortFree(storefrontPort, "storefront");
  const db = await database({ dbName, pgPort, fresh });
  stopDatabase = db.stop;
  const backendUrl = `http://localhost:${backendPort}`;
  const storefrontUrl = `http://localhost:${storefrontPort}`;
  mkdirSync(uploadDir, { recursive: true });
  const host = listenHost();
  const env = {
    ...process.env, ...backendSecrets(), HOST: host, ...extraEnv, ...(redisUrl ? { REDIS_URL: redisUrl } : {}), DATABASE_URL: db.url, MEDUSA_BACKEND_URL: backendUrl, STOREFRONT_URL: storefrontUrl, PORT: String(backendPort),
    CANTING_UPLOAD_DIR: uploadDir, CANTING_PRIVATE_UPLOAD_DIR: join(uploadDir, "..", "private-uploads"), EMAIL_OUTBOX_DIR: outboxDir, MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1",
  };
  try {
    if (await migrate(db.url, env)) log("[setup] database migrated");
    const seeded = await sql(db.url, "select count(*)::int as n from seller");
    if (!seeded?.[0]?.n) {
      log("[setup] seeding demo data...");
      run(bin("medusa"), ["exec", "./src/scripts/seed.ts"], { cwd: BACKEND, env, what: "seeding demo data (to start over: `npm run reset`)", quiet: true });
    }
    const [key] = (await sql(db.url, "select token from api_key where type = 'publishable' and revoked_at is null order by created_at limit 1")) ?? [];
    if (!key) fail("no publishable API key in the database; run `npm run reset` to recreate the demo data.");

    // Medusa's own /static handler (express.static in .medusa/server/static) types a file by its
    // name and sends no nosniff; uploads are served by our route instead (backend/src/api/static-uploads.ts),
    // so that folder must not exist. Earlier versions kept uploads in backend/static: move them over.
    const staticLink = join(SERVER, "static");
    if (existsSync(staticLink) || lstatExists(staticLink)) rmSync(staticLink, { recursive: true, force: true });
    const legacy = join(BACKEND, "static");
    if (uploadDir === join(BACKEND, "uploads") && existsSync(legacy) && !readdirSync(uploadDir).length) {
      rmSync(uploadDir, { recursive: true, force: true });
      renameSync(legacy, uploadDir);
    }

    const logs = join(ROOT, ".data", "logs");
    mkdirSync(logs, { recursive: true });
    const backendEnv = { ...env, NODE_ENV: "production" };
    // The way down (stopAll): first what takes requests (storefront, HTTP servers), then what finishes
    // the work they queued (the worker, or the one shared process), then the database.
    if (shape.scaled) {
      startService("backend", process.execPath, [join(ROOT, "scripts", "lib", "medusa-cluster.cjs")], {
        cwd: SERVER, silent, logFile: join(logs, `backend-${backendPort}.log`), stage: 0,
        env: { ...backendEnv, CANTING_SERVERS: String(shape.servers) }, show: isNoteworthy,
      });
      startService("worker", bin("medusa"), ["start", "--port", String(workerPort)], {
        cwd: SERVER, silent, logFile: join(logs, `worker-${workerPort}.log`), stage: 1,
        env: { ...backendEnv, MEDUSA_WORKER_MODE: "worker", PORT: String(workerPort) }, show: isNoteworthy,
      });
    } else {
      startService("backend", bin("medusa"), ["start", "--port", String(backendPort)], {
        cwd: SERVER, silent, logFile: join(logs, `backend-${backendPort}.log`), stage: 1, env: backendEnv, show: isNoteworthy,
      });
    }
    if (storefront) {
      startService("storefront", bin("next"), ["start", "-p", String(storefrontPort), "-H", host], {
        cwd: STOREFRONT, silent, logFile: join(logs, `storefront-${storefrontPort}.log`), stage: 0,
        env: { ...env, NODE_ENV: "production", MEDUSA_PUBLISHABLE_KEY: key.token, NEXT_PUBLIC_SITE_URL: storefrontUrl },
      });
    }
    await waitForHttp(`${backendUrl}/health`, { timeoutMs: 180_000 });
    if (shape.scaled) await waitForHttp(`http://localhost:${workerPort}/health`, { timeoutMs: 180_000 });
    if (storefront) await waitForHttp(`${storefrontUrl}/id`, { timeoutMs: 120_000 });
  } catch (err) {
    await stopAll();
    throw err;
  }
  return {
    backendUrl, storefrontUrl: storefront ? storefrontUrl : null, workerUrl: shape.scaled ? `http://localhost:${workerPort}` : null, servers: shape.servers, publishableKey: (await sql(db.url, "select token from api_key where type = 'publishable' and revoked_at is null order by created_at limit 1"))[0].token,
    databaseUrl: db.url,
    stop: stopAll,
  };
}

/**
 * Starts the loopback Stripe API (scripts/lib/stripe-fake.cjs) as a service, stopped by stopAll(),
 * and answers its URL plus the variables that point both apps at it: an obviously fake secret key,
 * STRIPE_API_HOST, a webhook secret and a publishable key that the e2e's fake Stripe.js accepts.
 */
export async function startStripeFake({ port = 12100, silent = false } = {}) {
  await assertPortFree(port, "Stripe fake");
  const url = `http://127.0.0.1:${port}`;
  startService("stripe-fake", process.execPath, [join(ROOT, "scripts", "lib", "stripe-fake.cjs"), "--port", String(port)], { silent, stage: 2 });
  await waitForHttp(`${url}/__fake/state`, { timeoutMs: 15_000 });
  return {
    url,
    env: {
      STRIPE_API_KEY: "sk_test_canting_fake_not_a_real_key", STRIPE_API_HOST: url,
      STRIPE_WEBHOOK_SECRET: "whsec_canting_fake", STRIPE_PUBLISHABLE_KEY: "pk_test_canting_fake_not_a_real_key",
    },
  };
}
