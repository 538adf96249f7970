#!/usr/bin/env node
// Uncached search latency one question at a time: asks a running backend 48 distinct listing pages
// (8 filter sets × 2 sorts × 3 pages) and 48 distinct free-text pages (12 phrases × 4 pages), each
// once, one after another, so every answer is computed (the answer cache never has it) and nothing
// queues. Prints p50 / p95 / max per kind, for a backend started
// on the benchmark catalog (bench/generate-catalog.mjs).
//
//   node bench/search-sequential.mjs --url http://127.0.0.1:9300 --key pk_...
const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const base = arg("url");
const key = arg("key");
if (!base || !key) {
  console.error("Usage: node bench/search-sequential.mjs --url <backend> --key <publishable key>");
  process.exit(2);
}
const FILTERS = [
  "technique=batik_tulis,batik_cap&dye_family=natural", "technique=batik_cap&dye_family=synthetic", "technique=batik_kombinasi&form=sarung",
  "technique=batik_tulis&motif=jlamprang", "dye_family=natural&form=selendang", "motif=buketan,liong&in_stock=true",
  "fabric=mori_prima&technique=batik_tulis", "technique=tiruan_batik_printing",
];
const PHRASES = ["batik tulis", "batik cap", "kain jlamprang", "sarung", "selendang buketan", "terang bulan", "kemeja batik", "pewarna alam", "hand-drawn", "stamped", "natural dye", "indigo"];
const kinds = {
  listing: FILTERS.flatMap((f) => ["price_asc", "newest"].flatMap((sort) => [0, 24, 48].map((o) => `/store/catalog?${f}&sort=${sort}&offset=${o}&locale=id`))),
  "free text": PHRASES.flatMap((q) => [0, 24, 48, 72].map((o) => `/store/catalog?q=${encodeURIComponent(q)}&offset=${o}&locale=id`)),
};
const get = async (path) => {
  const r = await fetch(base + path, { headers: { "x-publishable-api-key": key } });
  await r.text();
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
};
// One request first, so a process's one-time work (the in-memory copy, compiling) is not measured.
await get("/store/catalog?locale=id&offset=96");
for (const [kind, paths] of Object.entries(kinds)) {
  const ms = [];
  for (const path of paths) {
    const started = performance.now();
    await get(path);
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const at = (q) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))].toFixed(1);
  console.log(`${kind} (${ms.length} distinct questions, one at a time): p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${ms.at(-1).toFixed(1)} ms`);
}
