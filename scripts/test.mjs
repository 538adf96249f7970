// `npm test`: typecheck, unit tests, backend integration tests against a real PostgreSQL,
// storefront component tests, and Playwright journeys against production builds.
// Ends with one line "N passed, N failed" summed over all suites.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { ROOT, checkNode } from "./lib/util.mjs";
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

function step(title) {
  console.log(`\n━━ ${title} ━━`);
}

/** Records a suite's counts; a suite that produced no report counts as one failure. */
function record(name, passed, failed, skipped = 0) {
  results.push({ name, passed, failed, skipped });
  console.log(`→ ${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
}

// No suite may hang CI: each command gets a hard time limit and is counted as failed past it.
function exec(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: baseEnv, timeout: 15 * 60_000, killSignal: "SIGKILL", ...opts });
  if (res.error?.code === "ETIMEDOUT") console.error(`✖ ${cmd} ${args.join(" ")} took too long and was stopped`);
  return res;
}

/** Runs a command in its own process group; past `ms` the whole group is killed. Resolves { status, timedOut }. */
function runGroup(cmd, args, { cwd, env, ms }) {
  return new Promise((resolveRun) => {
    const child = spawn(cmd, args, { cwd, env, stdio: "inherit", detached: true });
    const timer = setTimeout(() => { try { process.kill(-child.pid, "SIGKILL"); } catch {} }, ms);
    child.on("exit", (code, signal) => { clearTimeout(timer); resolveRun({ status: code, timedOut: signal === "SIGKILL" }); });
  });
}

/** Runs vitest in a workspace and reads its JSON report. */
async function vitest(name, cwd, args = [], env = baseEnv, { ms = 10 * 60_000, retryOnHang = false } = {}) {
  const report = join(OUT, `${name.replace(/\W+/g, "-")}.json`);
  const argv = ["run", "--passWithNoTests", "--reporter=default", "--reporter=json", `--outputFile=${report}`, ...args];
  let res = await runGroup(bin("vitest"), argv, { cwd, env, ms });
  if (res.timedOut && retryOnHang) {
    // Medusa's runner can stall while migrating a fresh test database (a third-party race,
    // not an assertion); a stalled file is stopped and run once more, and says so.
    console.error(`✖ ${name} stalled for ${ms / 1000}s and was stopped; running it once more`);
    rmSync(report, { force: true });
    res = await runGroup(bin("vitest"), argv, { cwd, env, ms });
  }
  if (res.timedOut) console.error(`✖ ${name} stalled and was stopped`);
  if (!existsSync(report)) return record(name, 0, 1);
  const json = JSON.parse(readFileSync(report, "utf8"));
  const failed = json.numFailedTests + ((res.status !== 0 || res.timedOut) && json.numFailedTests === 0 ? 1 : 0);
  record(name, json.numPassedTests, failed, json.numPendingTests + json.numTodoTests);
}

step("build shared packages");
const packagesBuilt = exec(bin("turbo"), ["run", "build", "--filter=./packages/*", "--output-logs=errors-only"]).status === 0;
if (!packagesBuilt) record("build packages", 0, 1);

step("typecheck");
for (const ws of ["packages/domain", "packages/i18n", "backend", "storefront", "e2e"]) {
  const res = exec(bin("tsc"), ["--noEmit", "-p", "tsconfig.json"], { cwd: join(ROOT, ws) });
  record(`typecheck ${ws}`, res.status === 0 ? 1 : 0, res.status === 0 ? 0 : 1);
}

step("unit tests");
await vitest("domain", join(ROOT, "packages/domain"));
await vitest("i18n", join(ROOT, "packages/i18n"));
await vitest("backend unit", join(ROOT, "backend"));

step("storefront component tests");
await vitest("storefront", join(ROOT, "storefront"));

step("backend integration tests (real PostgreSQL)");
{
  // One process per spec file: Medusa keeps process-wide state, and a second app booted in the
  // same worker can stall on its migrations. Each file pays its ~7 s boot, and none can block another.
  const { dbEnv, stop } = await integrationDatabase();
  for (const file of integrationSpecs()) {
    await vitest(`backend integration ${file.replace(/^integration-tests\/http\//, "")}`, join(ROOT, "backend"), ["--config", "vitest.integration.mts", file],
      { ...baseEnv, ...dbEnv }, { ms: 4 * 60_000, retryOnHang: true });
  }
  await stop();
}

step("end-to-end (production builds, Chromium)");
await endToEnd();

const total = results.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
const failedSuites = results.filter((r) => r.failed);
console.log("\n━━ summary ━━");
for (const r of results) console.log(`${r.failed ? "✖" : "✔"} ${r.name}: ${r.passed} passed, ${r.failed} failed`);
if (failedSuites.length) console.log(`\nFailing: ${failedSuites.map((r) => r.name).join(", ")}`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(total.failed ? 1 : 0);

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

async function endToEnd() {
  const chromium = findChromium();
  if (!chromium) {
    console.error("✖ No Chromium found for the end-to-end tests. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH.");
    return record("e2e", 0, 1);
  }
  const { buildAll, bringUp, startStripeFake, stopAll } = await import("./lib/stack.mjs");
  buildAll();
  let stack, stripe;
  try {
    // Card payments run against a loopback Stripe API (no network); the browser gets a fake Stripe.js from e2e/fixtures.
    stripe = await startStripeFake({ port: Number(process.env.E2E_STRIPE_PORT || 12100), silent: true });
    stack = await bringUp({
      backendPort: Number(process.env.E2E_BACKEND_PORT || 9100), storefrontPort: Number(process.env.E2E_STOREFRONT_PORT || 8100),
      dbName: "canting_e2e", fresh: true, uploadDir: join(ROOT, ".data", "e2e-static"), silent: true, log: () => {},
      // Stripe against the loopback fake; the test-only clock routes (certificate expiry e2e), never set in production.
      env: { ...stripe.env, CANTING_TEST_CLOCK: "1" },
    });
  } catch (err) {
    await stopAll();
    console.error(`✖ could not start the apps for e2e: ${err.message}`);
    return record("e2e", 0, 1);
  }
  const report = join(OUT, "e2e.json");
  try {
    exec(bin("playwright"), ["test", "--reporter=list,json"], {
      cwd: join(ROOT, "e2e"),
      env: { ...baseEnv, CHROMIUM_PATH: chromium, E2E_BASE_URL: stack.storefrontUrl, E2E_BACKEND_URL: stack.backendUrl,
        E2E_PUBLISHABLE_KEY: stack.publishableKey, E2E_STRIPE_API_URL: stripe.url, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
      // ~50 journeys in one Chromium worker take 10–15 minutes on a 2-core machine; past 30 the run is stuck.
      timeout: 30 * 60_000,
    });
  } finally {
    await stack.stop();
  }
  if (!existsSync(report)) return record("e2e", 0, 1);
  const { stats } = JSON.parse(readFileSync(report, "utf8"));
  record("e2e", stats.expected + stats.flaky, stats.unexpected, stats.skipped);
}
