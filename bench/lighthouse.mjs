#!/usr/bin/env node
// Benchmark: Lighthouse scores (performance, accessibility, SEO, best practices) of the home,
// catalog and a product page of a running storefront, on Lighthouse's mobile preset with its
// default simulated throttling, in Debian's Chromium. Each page runs 3 times (fresh Chrome each
// time); the median of each category is reported.
//
// Usage: node bench/lighthouse.mjs [--url http://localhost:8000] [--product <handle>] [--runs 3] [--label after]
// Needs a running stack with the demo data (`npm start`, or the e2e stack) and Chromium
// (CHROMIUM_PATH, default /usr/bin/chromium). Writes bench/results/lighthouse[-<label>].json.
import { arg, BASE, productPath, writeResult } from "./lib/storefront.mjs";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const RUNS = Number(arg("runs", 3));
const CHROME = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];
const CATEGORIES = ["performance", "accessibility", "seo", "best-practices"];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

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
    const metrics = Object.fromEntries(["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"]
      .map((id) => [id, lhr.audits[id]?.numericValue ?? null]));
    return { scores, metrics, failing, formFactor: lhr.configSettings.formFactor, throttling: lhr.configSettings.throttlingMethod, lighthouse: lhr.lighthouseVersion, userAgent: lhr.environment?.hostUserAgent };
  } finally {
    await chrome.kill();
  }
}

const pages = [["product", await productPath()], ["catalog", "/id/products"], ["home", "/id"]];
const report = [];
for (const [name, path] of pages) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await runOnce(`${BASE}${path}`));
    process.stderr.write(`${name} run ${i + 1}/${RUNS}: ${JSON.stringify(runs.at(-1).scores)}\n`);
  }
  const medianScores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))]));
  const failing = [...new Map(runs.flatMap((r) => r.failing).map((a) => [a.id, a])).values()];
  report.push({ page: name, path, median: medianScores, runs, failingAudits: failing });
}

const file = writeResult("lighthouse", {
  measuredAt: new Date().toISOString(), storefront: BASE, chromium: CHROME, flags: FLAGS, runsPerPage: RUNS,
  lighthouse: report[0]?.runs[0]?.lighthouse, formFactor: report[0]?.runs[0]?.formFactor, throttling: report[0]?.runs[0]?.throttling, pages: report,
});

console.log(`| page | path | performance | accessibility | SEO | best practices |`);
console.log(`|---|---|---|---|---|---|`);
for (const r of report) console.log(`| ${r.page} | \`${r.path}\` | ${r.median.performance} | ${r.median.accessibility} | ${r.median.seo} | ${r.median["best-practices"]} |`);
for (const r of report) if (r.failingAudits.length) console.log(`\n${r.page}: audits below 0.9 in some run: ${r.failingAudits.map((a) => a.id).join(", ")}`);
console.log(`Wrote ${file}`);
