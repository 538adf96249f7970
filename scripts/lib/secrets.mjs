// The backend's JWT and cookie secrets for `npm start`: generated once into .data/secrets.json
// (readable by this user only) and reused, so logins survive a restart and no secret is committed.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { ROOT } from "./util.mjs";

const FILE = join(ROOT, ".data", "secrets.json");
const fresh = () => randomBytes(48).toString("base64url");

/** JWT_SECRET and COOKIE_SECRET: from the environment when set, else from .data/secrets.json (created on first use). */
export function backendSecrets(file = FILE) {
  let stored = {};
  if (existsSync(file)) {
    try { stored = JSON.parse(readFileSync(file, "utf8")); } catch { stored = {}; }
  }
  const secrets = { JWT_SECRET: stored.JWT_SECRET || fresh(), COOKIE_SECRET: stored.COOKIE_SECRET || fresh() };
  if (secrets.JWT_SECRET !== stored.JWT_SECRET || secrets.COOKIE_SECRET !== stored.COOKIE_SECRET) {
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  return {
    JWT_SECRET: process.env.JWT_SECRET || secrets.JWT_SECRET,
    COOKIE_SECRET: process.env.COOKIE_SECRET || secrets.COOKIE_SECRET,
  };
}
