// `npm test`: typecheck, lint (ESLint: any error fails the run, warnings are counted), unit tests, backend integration tests against a real PostgreSQL,
// storefront component tests, and Playwright journeys against production builds.
// Ends with one closing line: the verdict, the checks (build, typechecks, lint) apart from the test
// counts, and the flaky count, e.g.
//   ✔ PASS · build: ok · typecheck: 5/5 ok · lint: ok, 3 warnings · tests: 612 passed, 0 failed, 1 skipped in 32 suites · flaky: 0
// Green means every suite exited 0 with no reported error, ran tests and no fewer than its floor
// (scripts/lib/expected-counts.json), failed none, and needed no retry: flaky results fail the run
// unless CANTING_ALLOW_FLAKY=1 (see scripts/lib/verdict.mjs).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { ROOT, checkNode } from "./lib/util.mjs";
import { afterRerun, check, checkLine, fromEslint, fromPlaywright, fromVitest, judge, missingReport, counts } from "./lib/verdict.mjs";
checkNode();
const { ensureInstalled } = await import("./lib/install.mjs");
ensureInstalled();
const { findChromium } = await import("../e2e/chromium.mjs");

const OUT = join(ROOT, ".data", "test-results");
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const bin = (name) => join(ROOT, "node_modules", ".bin", name);
const baseEnv = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1", MEDUSA_DISABLE_TELEMETRY: "true", FORCE_COLOR: "0" };
const results = [];
const floors = JSON.parse(readFileSync(join(ROOT, "scripts", "lib", "expected-counts.json"), "utf8"));
const allowFlaky = process.env.CANTING_ALLOW_FLAKY === "1";

// Something below (building the apps for e2e, say) may end the process early: it must not end
// without a verdict line, nor with code 0.
let judged = false;
process.on("exit", (code) => {
  if (judged) return;
  console.log(`\n✖ FAIL · npm test stopped before its summary (exit code ${code || 1}); ${results.length} results recorded so far`);
  process.exitCode = code || 1;
});

function step(title) {
  console.log(`\n━━ ${title} ━━`);
}

/** Records a check or suite and prints one line for it, with the reasons when it is not green. */
function record(result) {
  results.push(result);
  const line = result.kind === "check" ? checkLine(result) : counts(result);
  console.log(`→ ${result.name}: ${line}`);
  for (const e of result.errors) console.log(`  ✖ ${e}`);
  return result;
}

// No suite may hang CI: each command gets a hard time limit and is counted as failed past it.
function exec(cmd, args, opts = {}) {
  const timeout = opts.timeout ?? 15 * 60_000;
  const res = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: baseEnv, killSignal: "SIGKILL", ...opts, timeout });
  const timedOut = res.error?.code === "ETIMEDOUT";
  if (timedOut) console.error(`✖ ${cmd} ${args.join(" ")} took too long and was stopped`);
  return { exit: res.status, signal: res.signal, timedOut, limitMs: timeout };
}

/** Runs a command in its own process group; past `ms` the whole group is killed. Resolves a Run (verdict.mjs). */
function runGroup(cmd, args, { cwd, env, ms }) {
  return new Promise((resolveRun) => {
    const child = spawn(cmd, args, { cwd, env, stdio: "inherit", detached: true });
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; try { process.kill(-child.pid, "SIGKILL"); } catch {} }, ms);
    child.on("exit", (code, signal) => { clearTimeout(timer); resolveRun({ exit: code, signal, timedOut, limitMs: ms }); });
  });
}

const readJson = (file) => {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
  } catch {
    return null; // half-written by a killed process: as good as missing
  }
};

/** Runs vitest once in a workspace; the suite as its JSON report and exit code say. No test files is a failure. */
async function vitestOnce(name, cwd, args, env, ms) {
  const report = join(OUT, `${name.replace(/\W+/g, "-")}.json`);
  rmSync(report, { force: true });
  const argv = ["run", "--reporter=default", "--reporter=json", `--outputFile=${report}`, ...args];
  const run = await runGroup(bin("vitest"), argv, { cwd, env, ms });
  return { run, suite: fromVitest(name, readJson(report), run, { root: ROOT }) };
}

/**
 * Runs vitest in a workspace and records it. With `rerunOnHang`, a run that hung is stopped and run
 * once more (Medusa's runner can stall migrating a fresh test database, a third-party race): both
 * runs are reported, and a second run that passes counts as flaky, never as passed.
 */
async function vitest(name, cwd, args = [], env = baseEnv, { ms = 10 * 60_000, rerunOnHang = false, group } = {}) {
  const first = await vitestOnce(name, cwd, args, env, ms);
  let suite = first.suite;
  if (rerunOnHang && first.run.timedOut) {
    console.error(`✖ ${name} hung for ${ms / 1000} s and was stopped; running it once more to tell a stall from a broken spec (the hang stays on record)`);
    suite = afterRerun(first.suite, (await vitestOnce(name, cwd, args, env, ms)).suite);
  }
  return record(group ? { ...suite, group } : suite);
}

step("build shared packages");
record(check("build packages", "build", exec(bin("turbo"), ["run", "build", "--filter=./packages/*", "--output-logs=errors-only"])));

step("typecheck");
for (const ws of ["packages/domain", "packages/i18n", "backend", "storefront", "e2e"]) {
  record(check(`typecheck ${ws}`, "typecheck", exec(bin("tsc"), ["--noEmit", "-p", "tsconfig.json"], { cwd: join(ROOT, ws) })));
}

step("lint");
{
  // The JSON report is the verdict's input; the errors print below (record), the warnings only as a count.
  const report = join(OUT, "eslint.json");
  const run = exec(bin("eslint"), [".", "--format", "json", "--output-file", report], { timeout: 5 * 60_000 });
  record(fromEslint("lint", readJson(report), run, { root: ROOT }));
}

step("unit tests");
// The verdict's own rules (scripts/lib/verdict.test.mjs) and the dependency rules (scripts/lib/declared-deps.test.mjs).
await vitest("scripts", join(ROOT, "scripts"));
await vitest("domain", join(ROOT, "packages/domain"));
await vitest("i18n", join(ROOT, "packages/i18n"));
await vitest("backend unit", join(ROOT, "backend"));

step("storefront component tests");
await vitest("storefront", join(ROOT, "storefront"));

step("backend integration tests (real PostgreSQL)");
{
  // One process per spec file: Medusa keeps process-wide state, and a second app booted in the
  // same worker can stall on its migrations. Each file pays its own boot, and none can block another.
  const { dbEnv, stop } = await integrationDatabase();
  for (const file of integrationSpecs()) {
    await vitest(`backend integration ${file.replace(/^integration-tests\/http\//, "")}`, join(ROOT, "backend"), ["--config", "vitest.integration.mts", file],
      { ...baseEnv, ...dbEnv }, { ms: 4 * 60_000, rerunOnHang: true, group: "backend integration" });
  }
  await stop();
}

step("end-to-end (production builds, Chromium)");
await endToEnd();

step("scaled backend (two servers and a worker on Redis)");
await scaledBackend();

const verdict = judge(results, { floors, allowFlaky });
console.log("\n━━ summary ━━");
for (const line of verdict.lines) console.log(line);
if (verdict.problems.length) {
  console.log("\nFailing:");
  for (const p of verdict.problems) for (const reason of p.reasons) console.log(`✖ ${p.name}: ${reason}`);
}
console.log(`\n${verdict.closing}`);
judged = true;
process.exit(verdict.ok ? 0 : 1);

function integrationSpecs() {
  const dir = join(ROOT, "backend", "integration-tests", "http");
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".spec.ts")).map((f) => `integration-tests/http/${f}`).sort();
}

/** DB_* for Medusa's test runner: from DB_HOST or DATABASE_URL when set, else the embedded server. */
async function integrationDatabase() {
  if (process.env.DB_HOST) return { dbEnv: {}, stop: async () => {} };
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL);
    // The runner needs "localhost" in DB_HOST (with 127.0.0.1 it insists on SSL).
    const host = u.hostname === "127.0.0.1" ? "localhost" : u.hostname;
    return { dbEnv: { DB_HOST: host, DB_PORT: u.port || "5432", DB_USERNAME: decodeURIComponent(u.username), DB_PASSWORD: decodeURIComponent(u.password) }, stop: async () => {} };
  }
  const { startEmbedded, PG_USER, PG_PASSWORD } = await import("./lib/postgres.mjs");
  // A cluster of its own, holding only the runner's throwaway databases, so it may skip fsync;
  // the marketplace's own cluster (.data/postgres, used by `npm start` and e2e) stays durable.
  const port = Number(process.env.CANTING_TEST_PG_PORT || 54339);
  const pg = await startEmbedded({ name: "postgres-test", port, durable: false });
  return { dbEnv: { DB_HOST: "localhost", DB_PORT: String(port), DB_USERNAME: PG_USER, DB_PASSWORD: PG_PASSWORD }, stop: pg.stop };
}

/**
 * The shape `REDIS_URL=… CANTING_SERVERS=2 npm start` runs: two HTTP servers on one port and a
 * worker, on a fresh database of the embedded cluster and a Redis database of its own
 * (CANTING_TEST_REDIS_URL, default database 11 of the local Redis), emptied first. The apps were
 * built by the e2e step. backend/integration-tests/cluster/ calls them over HTTP.
 */
async function scaledBackend() {
  const redisUrl = process.env.CANTING_TEST_REDIS_URL || "redis://127.0.0.1:6379/11";
  const { emptyRedis } = await import("./lib/redis.mjs");
  try {
    await emptyRedis(redisUrl);
  } catch (err) {
    console.error(`✖ no Redis at ${redisUrl} (${err.message}); .ci/run starts one, or set CANTING_TEST_REDIS_URL`);
    return record(missingReport("scaled backend", null, `no Redis at ${redisUrl}`));
  }
  const { buildAll, bringUp, stopAll } = await import("./lib/stack.mjs");
  const { serviceProcess } = await import("./lib/proc.mjs");
  buildAll();
  let stack;
  try {
    stack = await bringUp({
      backendPort: Number(process.env.SCALED_BACKEND_PORT || 9300), workerPort: Number(process.env.SCALED_WORKER_PORT || 9301), storefront: false,
      dbName: "canting_scaled", fresh: true, uploadDir: join(ROOT, ".data", "scaled-static"), outboxDir: join(ROOT, ".data", "scaled-outbox"), silent: true, log: () => {}, redisUrl, servers: 2,
      // The test-only clock routes: the suite walks a certificate past its expiry on every process. Never set in production.
      env: { CANTING_TEST_CLOCK: "1" },
    });
  } catch (err) {
    await stopAll();
    return record(missingReport("scaled backend", null, `could not start the scaled backend: ${err.message}`));
  }
  try {
    await vitest("scaled backend", join(ROOT, "backend"), ["--config", "vitest.cluster.mts"], {
      ...baseEnv, CANTING_CLUSTER_URL: stack.backendUrl, CANTING_WORKER_URL: stack.workerUrl, CANTING_PUBLISHABLE_KEY: stack.publishableKey,
      CANTING_CLUSTER_PID: String(serviceProcess("backend")?.pid ?? ""), CANTING_WORKER_PID: String(serviceProcess("worker")?.pid ?? ""),
    }, { ms: 10 * 60_000 });
  } finally {
    await stack.stop();
  }
}

async function endToEnd() {
  const chromium = findChromium();
  if (!chromium) {
    console.error("✖ No Chromium found for the end-to-end tests. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH.");
    return record(missingReport("e2e", null, "no Chromium found"));
  }
  const { buildAll, bringUp, startStripeFake, stopAll } = await import("./lib/stack.mjs");
  buildAll();
  let stack, stripe;
  try {
    // Card payments run against a loopback Stripe API (no network); the browser gets a fake Stripe.js from e2e/fixtures.
    stripe = await startStripeFake({ port: Number(process.env.E2E_STRIPE_PORT || 12100), silent: true });
    stack = await bringUp({
      backendPort: Number(process.env.E2E_BACKEND_PORT || 9100), storefrontPort: Number(process.env.E2E_STOREFRONT_PORT || 8100),
      dbName: "canting_e2e", fresh: true, uploadDir: join(ROOT, ".data", "e2e-static"), outboxDir: join(ROOT, ".data", "e2e-outbox"), silent: true, log: () => {},
      // Stripe against the loopback fake; the test-only clock routes (certificate expiry e2e), never set in production.
      env: { ...stripe.env, CANTING_TEST_CLOCK: "1" },
    });
  } catch (err) {
    await stopAll();
    console.error(`✖ could not start the apps for e2e: ${err.message}`);
    return record(missingReport("e2e", null, `could not start the apps: ${err.message}`));
  }
  const report = join(OUT, "e2e.json");
  let run;
  try {
    // Its exit code counts: a global setup that throws, or a spec file that fails to load, reports 0 passed, 0 failed.
    run = exec(bin("playwright"), ["test", "--reporter=list,json"], {
      cwd: join(ROOT, "e2e"),
      env: { ...baseEnv, CHROMIUM_PATH: chromium, E2E_BASE_URL: stack.storefrontUrl, E2E_BACKEND_URL: stack.backendUrl,
        E2E_PUBLISHABLE_KEY: stack.publishableKey, E2E_STRIPE_API_URL: stripe.url, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
      // The journeys share one Chromium worker; this is far past a full run on a 2-core machine, so reaching it means stuck.
      timeout: 30 * 60_000,
    });
  } finally {
    await stack.stop();
  }
  record(fromPlaywright("e2e", readJson(report), run));
}
