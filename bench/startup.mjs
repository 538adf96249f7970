#!/usr/bin/env node
// Benchmark: time-to-first-page of a cold and a warm `npm start`, and peak memory (RSS) of
// the backend and the storefront. Runs in a fresh clone of HEAD so your own data and builds
// are untouched. Usage: node bench/startup.mjs [--skip-cold]
// Writes bench/results/startup.json and prints a Markdown table for docs/performance.md.
import { spawn, execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PORTS = { BACKEND_PORT: "9200", STOREFRONT_PORT: "8200", CANTING_PG_PORT: "54339" };
const PAGE = `http://localhost:${PORTS.STOREFRONT_PORT}/id`;
const PAGE_SIZE = 4096;

function processes() {
  const list = [];
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const rssPages = Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]);
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
      list.push({ pid: Number(pid), ppid, rss: rssPages * PAGE_SIZE, cmd });
    } catch {}
  }
  return list;
}

/** RSS of the process trees under `rootPid`, grouped into backend / storefront / database. */
function sample(rootPid) {
  const all = processes();
  const tree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) if (tree.has(p.ppid) && !tree.has(p.pid)) { tree.add(p.pid); grew = true; }
  }
  const sums = { backend: 0, storefront: 0, database: 0 };
  const groupOf = new Map();
  const classify = (p) => /medusa/.test(p.cmd) ? "backend" : /next/.test(p.cmd) ? "storefront" : /postgres/.test(p.cmd) ? "database" : null;
  for (const p of all.filter((p) => tree.has(p.pid))) {
    let group = classify(p);
    for (let q = p; !group && q; q = all.find((x) => x.pid === q.ppid)) group = groupOf.get(q.pid) ?? classify(q);
    groupOf.set(p.pid, group);
    if (group) sums[group] += p.rss;
  }
  return sums;
}

async function waitForPage(deadlineMs) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(PAGE);
      if (res.ok && (await res.text()).includes("product-card")) return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function run(dir, label) {
  const started = Date.now();
  const child = spawn("npm", ["start"], { cwd: dir, env: { ...process.env, ...PORTS }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (d) => { log += d; });
  child.stderr.on("data", (d) => { log += d; });
  const peak = { backend: 0, storefront: 0, database: 0 };
  const timer = setInterval(() => {
    const s = sample(child.pid);
    for (const k of Object.keys(peak)) peak[k] = Math.max(peak[k], s[k]);
  }, 500);
  let exited = false;
  child.once("exit", () => { exited = true; });
  const ok = await Promise.race([
    waitForPage(20 * 60_000),
    new Promise((r) => { const t = setInterval(() => { if (exited) { clearInterval(t); r(false); } }, 500); }),
  ]);
  const firstPageS = (Date.now() - started) / 1000;
  // A little browsing so peaks include serving pages, not just booting.
  for (const path of ["/id", "/en", "/id", "/en"]) await fetch(`http://localhost:${PORTS.STOREFRONT_PORT}${path}`).catch(() => {});
  await new Promise((r) => setTimeout(r, 1000));
  clearInterval(timer);
  if (!exited) {
    process.kill(-child.pid, "SIGINT");
    await new Promise((r) => child.once("exit", r));
  }
  // npm exits first; wait until every process of this clone (apps, database) is gone.
  for (let i = 0; i < 120 && processes().some((p) => p.cmd.includes(dir) && p.pid !== process.pid); i++) {
    await new Promise((r) => setTimeout(r, 250));
  }
  if (!ok) {
    console.error(log.slice(-4000));
    throw new Error(`${label} start did not serve ${PAGE}`);
  }
  const mb = (b) => Math.round(b / 1024 / 1024);
  return { label, first_page_s: Math.round(firstPageS), peak_rss_mb: { backend: mb(peak.backend), storefront: mb(peak.storefront), database: mb(peak.database) } };
}

const dir = mkdtempSync(join(tmpdir(), "canting-bench-"));
chmodSync(dir, 0o755); // as root, the embedded PostgreSQL runs as `postgres` and must reach .data/
console.log(`bench: cloning HEAD into ${dir}`);
execFileSync("git", ["clone", "--quiet", ROOT, dir]);
try {
  const results = [];
  if (!process.argv.includes("--skip-cold")) results.push(await run(dir, "cold (fresh clone: install, build, migrate, seed)"));
  else execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: dir, stdio: "ignore" });
  results.push(await run(dir, "warm (second start)"));
  const meta = { date: new Date().toISOString(), node: process.version, cpus: (await import("node:os")).cpus().length };
  mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
  writeFileSync(join(ROOT, "bench", "results", "startup.json"), JSON.stringify({ meta, results }, null, 2));
  console.log("\n| start | time to first page | backend peak RSS | storefront peak RSS | database peak RSS |\n|---|---|---|---|---|");
  for (const r of results) console.log(`| ${r.label} | ${r.first_page_s} s | ${r.peak_rss_mb.backend} MB | ${r.peak_rss_mb.storefront} MB | ${r.peak_rss_mb.database} MB |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
