// `npm start`: installs, builds, starts the database, migrates, seeds demo data once,
// then serves the backend (:9000, admin at /app) and the storefront (:8000). With REDIS_URL the
// backend runs as CANTING_SERVERS HTTP servers (default 1) plus a worker (:9001, CANTING_WORKER_PORT).
import { readFileSync } from "node:fs";
import { checkNode, fail } from "./lib/util.mjs";
checkNode();
const { ensureInstalled } = await import("./lib/install.mjs");
ensureInstalled();
const { buildAll, bringUp, stopAll } = await import("./lib/stack.mjs");

// Ctrl-C at any moment stops what has started so far, the embedded database included.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping Canting...");
    await stopAll();
    process.exit(0);
  });
}

const started = Date.now();
buildAll();
let stack;
try {
  stack = await bringUp({
    backendPort: Number(process.env.BACKEND_PORT || 9000),
    storefrontPort: Number(process.env.STOREFRONT_PORT || 8000),
  });
} catch (err) {
  fail(err.message);
}
const a = JSON.parse(readFileSync(new URL("../backend/src/scripts/seed/demo-accounts.json", import.meta.url), "utf8"));
console.log(`
  Canting is running (ready in ${Math.round((Date.now() - started) / 1000)} s). Demo data only: names and numbers are fictional.

  Storefront     ${stack.storefrontUrl}/id   (English: ${stack.storefrontUrl}/en)
  Admin          ${stack.backendUrl}/app     operator: ${a.admin.email} / ${a.admin.password}
  Store API      ${stack.backendUrl}/store   publishable key: ${stack.publishableKey}
  Backend        ${stack.workerUrl ? `${stack.servers} HTTP server${stack.servers > 1 ? "s" : ""} and a worker (health: ${stack.workerUrl}/health) on Redis` : "one process, in-memory events (set REDIS_URL and CANTING_SERVERS=N to scale)"}
  Shopper        ${a.shopper.email} / ${a.shopper.password}
  Demo seller    ${a.seller.email} / ${a.seller.password}   (approved; seller API: /auth/seller/emailpass, /sellers/me)
                 ${a.seller_submitted.email} / ${a.seller_submitted.password}   (application under review)
                 ${a.seller_draft.email} / ${a.seller_draft.password}   (wizard just started)

  Press Ctrl-C to stop everything; your data stays in .data/.
`);
