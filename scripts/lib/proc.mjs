// Child processes with prefixed output, started in their own process group so that
// stopping one also stops whatever it spawned.
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { ROOT, fail } from "./util.mjs";

const children = new Set();

/** Runs a command to completion; fails with `what` when it exits non-zero. */
export function run(cmd, args, { cwd = ROOT, env = process.env, what, quiet = false } = {}) {
  const res = spawnSync(cmd, args, { cwd, env, stdio: quiet ? "pipe" : "inherit", encoding: "utf8" });
  if (res.status !== 0) {
    if (quiet) process.stderr.write((res.stdout ?? "") + (res.stderr ?? ""));
    fail(`${what ?? `${cmd} ${args.join(" ")}`} failed (exit ${res.status}); see the output above.`);
  }
  return res;
}

/** Starts a long-running service; its lines are printed with a [name] prefix unless silenced. */
export function startService(name, cmd, args, { cwd, env, silent = false, logFile, show = () => true } = {}) {
  const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  const file = logFile ? createWriteStream(logFile) : null;
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on("line", (line) => {
      file?.write(`${line}\n`);
      if (!silent && show(line)) console.log(`[${name}] ${line}`);
    });
  }
  child.on("exit", (code, signal) => {
    children.delete(child);
    if (!child.stopping) console.error(`[${name}] exited (${signal ?? code})`);
  });
  return child;
}

/** Stops every service started here (SIGTERM to its group, SIGKILL after a grace period). */
export async function stopServices(graceMs = 8000) {
  await Promise.all([...children].map((child) => new Promise((resolve) => {
    child.stopping = true;
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => { try { process.kill(-child.pid, "SIGKILL"); } catch {} resolve(); }, graceMs);
    child.once("exit", () => { clearTimeout(timer); resolve(); });
    try { process.kill(-child.pid, "SIGTERM"); } catch { clearTimeout(timer); resolve(); }
  })));
}
