// The backend's JWT and cookie secrets for `npm start`, and the revalidation secret the backend and
// the storefront share: generated once into .data/secrets.json (readable by this user only) and
// reused, so logins survive a restart and no secret is committed.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { ROOT } from "./util.mjs";

const FILE = join(ROOT, ".data", "secrets.json");
const fresh = () => randomBytes(48).toString("base64url");

const NAMES = ["JWT_SECRET", "COOKIE_SECRET", "REVALIDATE_SECRET"];

/**
 * JWT_SECRET, COOKIE_SECRET and REVALIDATE_SECRET: from the environment when set, else from
 * .data/secrets.json (created on first use; a secret added later is added to the file).
 */
export function backendSecrets(file = FILE) {
  let stored = {};
  if (existsSync(file)) {
    try { stored = JSON.parse(readFileSync(file, "utf8")); } catch { stored = {}; }
  }
  const secrets = Object.fromEntries(NAMES.map((name) => [name, stored[name] || fresh()]));
  if (NAMES.some((name) => secrets[name] !== stored[name])) {
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  return Object.fromEntries(NAMES.map((name) => [name, process.env[name] || secrets[name]]));
}
