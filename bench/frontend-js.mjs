#!/usr/bin/env node
// Benchmark: first-load JavaScript and HTML size of the shop's pages (home, catalog, search, a
// product, a seller profile; Indonesian and English), as a browser gets them.
// It fetches the real HTML of each page from a running production storefront (`next start`), takes
// every `<script src>` in it (the chunks the browser downloads before the page is interactive),
// downloads each chunk once and adds up its gzip size. Measuring the served HTML rather than the
// build manifest counts exactly what a first visit loads, including chunks the manifest files
// under other routes. Inline scripts (the RSC payload) are HTML bytes, reported but not counted;
// so are `nomodule` scripts, which modern browsers do not download.
//
// Budgets (issue #17): client JS ≤ 120 KiB gzip, HTML ≤ 16 KB gzip per page.
//
// Usage: node bench/frontend-js.mjs [--url http://localhost:8000] [--product <handle>] [--seller <handle>] [--budget-kib 120] [--html-budget-kb 16] [--label after]
// Writes bench/results/frontend-js[-<label>].json and prints a Markdown table. Exit code 1 when a page is over budget.
import { arg, BASE, productPath, sellerPath, text, writeResult } from "./lib/storefront.mjs";
import { gzipSync, constants } from "node:zlib";

const BUDGET = Number(arg("budget-kib", 120)) * 1024;
const HTML_BUDGET = Number(arg("html-budget-kb", 16)) * 1000;

// `<script nomodule>` (Next's legacy polyfills) is skipped by every browser that runs modules, so it
// is listed apart and not counted.
const scriptTags = (html) => [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)]
  .map((m) => ({ src: m[1].replace(/&amp;/g, "&"), noModule: /\bnomodule\b/i.test(m[0]) }));
const scriptSrcs = (html) => scriptTags(html).filter((t) => !t.noModule).map((t) => t.src);
const inlineScriptBytes = (html) => [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]), 0);
const gzip = (buf) => gzipSync(buf, { level: constants.Z_DEFAULT_COMPRESSION }).length;

const chunkCache = new Map();
async function chunk(src) {
  const url = new URL(src, BASE).href;
  if (!chunkCache.has(url)) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    chunkCache.set(url, { raw: body.length, gzip: gzip(body) });
  }
  return chunkCache.get(url);
}

async function measure(name, path) {
  const html = await text(`${BASE}${path}`);
  const srcs = [...new Set(scriptSrcs(html))];
  const chunks = [];
  for (const src of srcs) chunks.push({ src, ...(await chunk(src)) });
  const gzipBytes = chunks.reduce((n, c) => n + c.gzip, 0);
  const rawBytes = chunks.reduce((n, c) => n + c.raw, 0);
  const noModule = [];
  for (const { src } of scriptTags(html).filter((t) => t.noModule)) noModule.push({ src, ...(await chunk(src)) });
  return {
    page: name, path, scripts: chunks.length, noModuleNotCounted: noModule, gzipBytes, rawBytes, gzipKiB: +(gzipBytes / 1024).toFixed(1),
    htmlGzipBytes: gzip(Buffer.from(html)), inlineScriptBytes: inlineScriptBytes(html),
    budgetKiB: BUDGET / 1024, pass: gzipBytes <= BUDGET, htmlPass: gzip(Buffer.from(html)) <= HTML_BUDGET, chunks: chunks.sort((a, b) => b.gzip - a.gzip),
  };
}

const shop = [["home", "/id"], ["catalog", "/id/products"], ["search", "/id/search?q=batik+tulis"], ["product", await productPath()], ["seller", await sellerPath()]];
const pages = ["id", "en"].flatMap((locale) => shop.map(([name, path]) => [`${name} (${locale})`, path.replace(/^\/id(?=\/|\?|$)/, `/${locale}`)]));
const results = [];
for (const [name, path] of pages) results.push(await measure(name, path));

const file = writeResult("frontend-js", {
  measuredAt: new Date().toISOString(), method: "served HTML <script src> chunks, each gzip-compressed (zlib default level)",
  storefront: BASE, budgetKiB: BUDGET / 1024, htmlBudgetKB: HTML_BUDGET / 1000, pages: results,
});

console.log(`| page | path | scripts | first-load JS (gzip) | HTML (gzip) | result (JS ≤ ${BUDGET / 1024} KiB, HTML ≤ ${HTML_BUDGET / 1000} KB) |`);
console.log(`|---|---|---|---|---|---|`);
for (const r of results) {
  console.log(`| ${r.page} | \`${r.path}\` | ${r.scripts} | ${r.gzipKiB} KiB | ${(r.htmlGzipBytes / 1000).toFixed(1)} KB | ${r.pass ? "JS pass" : "JS FAIL"}, ${r.htmlPass ? "HTML pass" : "HTML FAIL"} |`);
}
console.log(`\nLargest chunks of the product page (gzip): ${results[3].chunks.slice(0, 5).map((c) => `${c.src.split("/").pop()} ${(c.gzip / 1024).toFixed(1)} KiB`).join(", ")}`);
console.log(`Wrote ${file}`);
process.exit(results.every((r) => r.pass && r.htmlPass) ? 0 : 1);
