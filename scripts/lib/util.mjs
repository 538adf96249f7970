import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { createServer } from "node:net";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Prints one clear line saying what is wrong and what to do, then exits. */
export function fail(message) {
  console.error(`\n✖ Canting: ${message}\n`);
  process.exit(1);
}

/** Refuses to run on a Node older than Medusa and Next support. */
export function checkNode() {
  const [major, minor] = process.versions.node.split(".").map(Number);
  const ok = (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22;
  if (!ok) fail(`Node ${process.versions.node} is too old. Install Node 20.19+ or 22 LTS (e.g. \`nvm install 22\`) and run again.`);
}

/** Resolves when the port is free on localhost; fails clearly when something already listens. */
export function assertPortFree(port, what) {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.once("error", () => fail(`port ${port} (${what}) is already in use. Stop what is using it (\`lsof -i :${port}\`) or set ${what === "backend" ? "BACKEND_PORT" : what === "storefront" ? "STOREFRONT_PORT" : "CANTING_PG_PORT"} to another port.`));
    server.listen(port, "127.0.0.1", () => server.close(() => resolvePort()));
  });
}

/** Polls an HTTP URL until it answers (any status below 500) or the timeout passes. */
export async function waitForHttp(url, { timeoutMs = 120_000, headers = {} } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { headers, redirect: "manual" });
      if (res.status < 500) return res;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}
