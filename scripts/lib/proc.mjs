// Child processes with prefixed output, started in their own process group so that
// stopping one also stops whatever it spawned. A service that dies on its own is started again
// (a bounded number of times, each logged), so one crash does not leave the marketplace half up.
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { ROOT, fail } from "./util.mjs";
import { restartBudget } from "./restart-budget.cjs";

/** name → { child, stage, stopping }; a restarted service keeps its entry. */
const services = new Map();

/** Runs a command to completion; fails with `what` when it exits non-zero. */
export function run(cmd, args, { cwd = ROOT, env = process.env, what, quiet = false } = {}) {
  const res = spawnSync(cmd, args, { cwd, env, stdio: quiet ? "pipe" : "inherit", encoding: "utf8" });
  if (res.status !== 0) {
    if (quiet) process.stderr.write((res.stdout ?? "") + (res.stderr ?? ""));
    fail(`${what ?? `${cmd} ${args.join(" ")}`} failed (exit ${res.status}); see the output above.`);
  }
  return res;
}

/**
 * Starts a long-running service; its lines are printed with a [name] prefix unless silenced.
 * `stage` orders the way down (stopServices stops lower stages first: what takes requests before
 * what finishes the work they queued). `restarts` caps how often a service that exits on its own is
 * started again within `restartWindowMs`; past the cap it stays down and says so.
 */
export function startService(name, cmd, args, {
  cwd, env, silent = false, logFile, show = () => true, stage = 0, restarts = 5, restartWindowMs = 10 * 60_000, restartDelayMs = 1000, log = console.error,
} = {}) {
  const file = logFile ? createWriteStream(logFile, { flags: "a" }) : null;
  const service = { name, stage, stopping: false, child: null };
  const budget = restartBudget({ max: restarts, windowMs: restartWindowMs });
  services.set(name, service);
  const launch = () => {
    const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    service.child = child;
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on("line", (line) => {
        file?.write(`${line}\n`);
        if (!silent && show(line)) console.log(`[${name}] ${line}`);
      });
    }
    child.on("exit", (code, signal) => {
      if (service.stopping) return;
      const used = budget.take();
      if (used === null) {
        log(`[${name}] exited (${signal ?? code}) and was restarted ${restarts} times in ${Math.round(restartWindowMs / 60_000)} min; leaving it stopped. See .data/logs.`);
        service.child = null;
        return;
      }
      log(`[${name}] exited (${signal ?? code}); starting it again (${used}/${restarts})`);
      setTimeout(() => { if (!service.stopping) launch(); }, restartDelayMs).unref();
    });
  };
  launch();
  return service;
}

const groupAlive = (pgid) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

async function stopGroups(list, graceMs) {
  const groups = list.map((s) => s.child?.pid).filter(Boolean);
  for (const pgid of groups) try { process.kill(-pgid, "SIGTERM"); } catch {}
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && groups.some(groupAlive)) await new Promise((r) => setTimeout(r, 200));
  for (const pgid of groups.filter(groupAlive)) try { process.kill(-pgid, "SIGKILL"); } catch {}
}

/**
 * Stops every service started here, stage by stage (lowest first): SIGTERM to each process group,
 * then SIGKILL to any group still alive after that stage's grace period. Waits on the whole group,
 * not just the direct child, because servers such as next-server outlive the command that started them.
 * `graceMs` is per stage: a number for all, or { [stage]: ms }.
 */
export async function stopServices(graceMs = 8000) {
  const all = [...services.values()];
  for (const s of all) s.stopping = true;
  const stages = [...new Set(all.map((s) => s.stage))].sort((a, b) => a - b);
  for (const stage of stages) {
    const grace = typeof graceMs === "number" ? graceMs : graceMs[stage] ?? 8000;
    await stopGroups(all.filter((s) => s.stage === stage), grace);
  }
  services.clear();
}

/** The running process of a service, for tests that need its pid. */
export function serviceProcess(name) {
  return services.get(name)?.child ?? null;
}
