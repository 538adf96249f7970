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

const groupAlive = (pgid) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Stops every service started here: SIGTERM to each process group, then SIGKILL to any group
 * still alive after the grace period. Waits on the whole group, not just the direct child,
 * because servers such as next-server outlive the command that started them.
 */
export async function stopServices(graceMs = 8000) {
  const groups = [...children].map((child) => {
    child.stopping = true;
    return child.pid;
  });
  for (const pgid of groups) try { process.kill(-pgid, "SIGTERM"); } catch {}
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && groups.some(groupAlive)) await new Promise((r) => setTimeout(r, 200));
  for (const pgid of groups.filter(groupAlive)) try { process.kill(-pgid, "SIGKILL"); } catch {}
  children.clear();
}
