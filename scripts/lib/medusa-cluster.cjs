// N Medusa HTTP servers sharing one port through Node's cluster module, each running Medusa's own
// `start` command in server mode (MEDUSA_WORKER_MODE=server). Run from the built server folder
// (backend/.medusa/server) with CANTING_SERVERS, PORT and HOST set.
//
// Why not `medusa start --cluster N --servers N`: in Medusa 2.21 the primary forks a replacement
// for a server that dies but never sends it the message that starts it, so the replacement idles
// and the cluster serves with one process fewer. Here a replacement starts like the first ones,
// a bounded number of times, and SIGTERM/SIGINT stop every server gracefully (Medusa's own
// shutdown: stop accepting, finish open requests, close the modules).
"use strict";
const cluster = require("node:cluster");
const { createRequire } = require("node:module");
const { join } = require("node:path");
const { restartBudget } = require("./restart-budget.cjs");

const count = Math.max(1, Number(process.env.CANTING_SERVERS || 1));
// A server that keeps dying stays down after 10 replacements in 10 minutes.
const restarts = restartBudget({ max: 10, windowMs: 10 * 60_000 });

if (cluster.isPrimary) {
  let stopping = false;
  const fork = (index) => {
    const child = cluster.fork({ MEDUSA_WORKER_MODE: "server", CANTING_SERVER_INDEX: String(index) });
    child.on("exit", (code, signal) => {
      if (stopping) {
        if (!Object.keys(cluster.workers ?? {}).length) process.exit(0);
        return;
      }
      const used = restarts.take();
      if (used === null) {
        console.error(`[cluster] server ${index} exited (${signal ?? code}); ${restarts.max} restarts in ${restarts.windowMs / 60_000} min already, leaving it stopped`);
        if (!Object.keys(cluster.workers ?? {}).length) process.exit(1);
        return;
      }
      console.error(`[cluster] server ${index} (pid ${child.process.pid}) exited (${signal ?? code}); starting a new one (${used}/${restarts.max})`);
      setTimeout(() => { if (!stopping) fork(index); }, 1000);
    });
  };
  for (let i = 0; i < count; i++) fork(i);
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    if (!workers.length) process.exit(0);
    for (const w of workers) w.process.kill("SIGTERM");
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} else {
  process.env.NODE_ENV ||= "production";
  startServer();
}

/** Medusa's `start` command, from the backend's install, with the arguments its CLI passes. */
function startServer() {
  const ROOT = join(__dirname, "..", "..");
  const require = createRequire(join(ROOT, "backend", "package.json"));
  const start = require("@medusajs/medusa/commands/start").default;
  // `directory` is where the built config lives: the cwd, backend/.medusa/server.
  start({ directory: process.cwd(), port: process.env.PORT, host: process.env.HOST, types: false });
}
