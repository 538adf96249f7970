// What the storefront benchmarks (frontend-js.mjs, lighthouse.mjs) share: their command-line
// options, the storefront's address, the product page they measure and where results are written.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);

/** The value after `--name`, or the fallback. */
export const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};

/** The storefront measured: --url, else STOREFRONT_URL, else http://localhost:8000. */
export const BASE = arg("url", process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, "");

/** A page's HTML; an error naming the address when it does not answer 2xx. */
export async function text(url) {
  const res = await fetch(url, { redirect: "follow" });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.text();
}

/** The first product page linked from the catalog, unless --product names one. */
export async function productPath() {
  const given = arg("product");
  if (given) return `/id/products/${encodeURIComponent(given)}`;
  const html = await text(`${BASE}/id/products`);
  const m = html.match(/href="(\/id\/products\/[^"?#]+)"/);
  if (!m) throw new Error("no product link on /id/products: is the demo data seeded?");
  return m[1];
}

/** The first seller profile linked from the sellers directory, unless --seller names one. */
export async function sellerPath() {
  const given = arg("seller");
  if (given) return `/id/sellers/${encodeURIComponent(given)}`;
  const html = await text(`${BASE}/id/sellers`);
  const m = html.match(/href="(\/id\/sellers\/[^"?#/]+)"/);
  if (!m) throw new Error("no seller link on /id/sellers: is the demo data seeded?");
  return m[1];
}

/** Writes bench/results/<name>[-<--label>].json and returns its path. */
export function writeResult(name, data) {
  const label = arg("label", "");
  const out = join(ROOT, "bench", "results");
  mkdirSync(out, { recursive: true });
  const file = join(out, `${name}${label ? `-${label}` : ""}.json`);
  writeFileSync(file, JSON.stringify(data, null, 2) + "\n");
  return file;
}
