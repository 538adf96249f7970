// Installs dependencies when node_modules is missing or package-lock.json changed since.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT, fail } from "./util.mjs";

export function ensureInstalled() {
  const lock = join(ROOT, "package-lock.json");
  const stamp = join(ROOT, "node_modules", ".canting-lock-hash");
  const hash = createHash("sha1").update(readFileSync(lock)).digest("hex");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return false;
  console.log("[setup] installing dependencies (first run takes a minute or two)...");
  const res = spawnSync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: ROOT, stdio: "inherit" });
  if (res.status !== 0) fail("`npm ci` failed (see above). Check your network access to the npm registry and run again.");
  writeFileSync(stamp, hash);
  return true;
}
