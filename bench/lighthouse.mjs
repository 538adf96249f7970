#!/usr/bin/env node
// Benchmark: Lighthouse (performance, accessibility, SEO, best practices and the Web Vitals behind
// them) of the shop's pages — home, catalog, search results, a product page and a seller profile,
// each in Indonesian and in English — on Lighthouse's mobile preset with its default simulated
// throttling, in Debian's Chromium. Each page runs 3 times (fresh Chrome each time); the median is
// reported against the targets of issue #17.
//
// A run only counts on a quiet machine: the 1-minute load average is printed before every run, and
// a run is not started above --max-load (default 1.0). The script waits up to --wait seconds
// (default 180) for the load to fall and otherwise stops without writing a report, so a figure means
// the same on every machine.
//
// Usage: node bench/lighthouse.mjs [--url http://localhost:8000] [--product <handle>] [--seller <handle>]
//        [--runs 3] [--locales id,en] [--max-load 1.0] [--wait 180] [--label after]
// Needs a running stack with the demo data (`npm start`, or the e2e stack) and Chromium
// (CHROMIUM_PATH, default /usr/bin/chromium). Writes bench/results/lighthouse[-<label>].json.
import { loadavg, cpus } from "node:os";
import { arg, BASE, productPath, sellerPath, writeResult } from "./lib/storefront.mjs";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const RUNS = Number(arg("runs", 3));
const LOCALES = arg("locales", "id,en").split(",");
const MAX_LOAD = Number(arg("max-load", 1.0));
const WAIT_S = Number(arg("wait", 180));
const CHROME = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];
const CATEGORIES = ["performance", "accessibility", "seo", "best-practices"];
/** Issue #17's targets: scores at least, metrics at most (ms; CLS unitless). */
const TARGETS = { performance: 95, accessibility: 100, seo: 100, "best-practices": 100 };
const LIMITS = { "total-blocking-time": 150, "largest-contentful-paint": 2000, "cumulative-layout-shift": 0.05 };
const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const load = () => loadavg()[0];

/** Waits for the 1-minute load average to fall to MAX_LOAD; false when it did not within WAIT_S. */
async function quiet(label) {
  const until = Date.now() + WAIT_S * 1000;
  for (;;) {
    const now = load();
    process.stderr.write(`${label}: load average ${now.toFixed(2)} (limit ${MAX_LOAD})\n`);
    if (now <= MAX_LOAD) return now;
    if (Date.now() > until) return null;
    await new Promise((r) => setTimeout(r, 10_000));
  }
}

async function runOnce(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  try {
    // No config: Lighthouse's default is the mobile form factor with simulated (Lantern) throttling.
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES });
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]));
    // The audits that cost points, so a low score says what to fix.
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && ["binary", "numeric", "metricSavings"].includes(a.scoreDisplayMode))
      .map((a) => ({ id: a.id, score: a.score, displayValue: a.displayValue }));
    const metrics = Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.numericValue ?? null]));
    return { scores, metrics, failing, formFactor: lhr.configSettings.formFactor, throttling: lhr.configSettings.throttlingMethod, lighthouse: lhr.lighthouseVersion, userAgent: lhr.environment?.hostUserAgent };
  } finally {
    await chrome.kill();
  }
}

const product = await productPath();
const seller = await sellerPath();
const paths = [["home", "/id"], ["catalog", "/id/products"], ["search", "/id/search?q=batik+tulis"], ["product", product], ["seller", seller]];
const pages = LOCALES.flatMap((locale) => paths.map(([name, path]) => [`${name} (${locale})`, path.replace(/^\/id(?=\/|\?|$)/, `/${locale}`)]));

const report = [];
for (const [name, path] of pages) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const before = await quiet(`${name} run ${i + 1}/${RUNS}`);
    if (before === null) {
      console.error(`The load average stayed above ${MAX_LOAD} for ${WAIT_S} s: no report (a busy machine's figures would not mean the same).`);
      process.exit(2);
    }
    runs.push({ ...(await runOnce(`${BASE}${path}`)), load_average_before: Number(before.toFixed(2)) });
    process.stderr.write(`${name} run ${i + 1}/${RUNS}: ${JSON.stringify(runs.at(-1).scores)} TBT ${Math.round(runs.at(-1).metrics["total-blocking-time"])} ms\n`);
  }
  const medianScores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))]));
  const medianMetrics = Object.fromEntries(METRICS.map((m) => [m, median(runs.map((r) => r.metrics[m] ?? Infinity))]));
  const meets = CATEGORIES.every((c) => medianScores[c] >= TARGETS[c]) && Object.entries(LIMITS).every(([m, max]) => medianMetrics[m] <= max);
  const failing = [...new Map(runs.flatMap((r) => r.failing).map((a) => [a.id, a])).values()];
  report.push({ page: name, path, median: medianScores, medianMetrics, meets, runs, failingAudits: failing });
}

const file = writeResult("lighthouse", {
  measuredAt: new Date().toISOString(), storefront: BASE, chromium: CHROME, flags: FLAGS, runsPerPage: RUNS, maxLoad: MAX_LOAD, cpus: cpus().length,
  targets: { scores: TARGETS, metrics: LIMITS },
  lighthouse: report[0]?.runs[0]?.lighthouse, formFactor: report[0]?.runs[0]?.formFactor, throttling: report[0]?.runs[0]?.throttling, pages: report,
});

const ms = (v) => (v === null || !Number.isFinite(v) ? "—" : String(Math.round(v)));
console.log(`| page | path | perf | a11y | SEO | best pr. | TBT ms | LCP ms | CLS | meets |`);
console.log(`|---|---|---|---|---|---|---|---|---|---|`);
for (const r of report) {
  const m = r.medianMetrics;
  console.log(`| ${r.page} | \`${r.path}\` | ${r.median.performance} | ${r.median.accessibility} | ${r.median.seo} | ${r.median["best-practices"]} | ${ms(m["total-blocking-time"])} | ${ms(m["largest-contentful-paint"])} | ${(m["cumulative-layout-shift"] ?? 0).toFixed(3)} | ${r.meets ? "yes" : "no"} |`);
}
for (const r of report) if (r.failingAudits.length) console.log(`\n${r.page}: audits below 0.9 in some run: ${r.failingAudits.map((a) => a.id).join(", ")}`);
console.log(`\n${report.every((r) => r.meets) ? "All pages meet" : "Not every page meets"} the targets (performance ≥ 95, TBT ≤ 150 ms, LCP ≤ 2.0 s, CLS ≤ 0.05, the rest 100).`);
console.log(`Wrote ${file}`);
