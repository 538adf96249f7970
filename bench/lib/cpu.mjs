// CPU time per group of processes (Linux /proc), so a load test can say where the machine's cores
// went during its timed window: the load generator itself, the backend's processes, PostgreSQL,
// and everything else on the machine.
import { readFileSync, readdirSync } from "node:fs";

/** Clock ticks per second of /proc's utime/stime (USER_HZ, 100 on Linux). */
const HZ = 100;

/** pid, parent pid, name and CPU ticks (user + system) of every process still running. */
function processes() {
  const list = [];
  for (const dir of readdirSync("/proc")) {
    if (!/^\d+$/.test(dir)) continue;
    try {
      const stat = readFileSync(`/proc/${dir}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const name = stat.slice(stat.indexOf("(") + 1, close);
      const fields = stat.slice(close + 2).split(" ");
      list.push({ pid: Number(dir), ppid: Number(fields[1]), name, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {}
  }
  return list;
}

/** Busy and total ticks of the whole machine (all cores), from /proc/stat. */
function machine() {
  const [, ...values] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/);
  const n = values.map(Number);
  const total = n.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - n[3] - n[4], total };
}

/**
 * A snapshot: ticks of each named group of process trees (`{ backend: [pid], worker: [pid] }`, each
 * pid with all its descendants), of every process named `postgres`, and of the machine.
 */
export function cpuSnapshot(roots) {
  const all = processes();
  const children = new Map();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const byPid = new Map(all.map((p) => [p.pid, p]));
  const groups = {};
  for (const [group, pids] of Object.entries(roots)) {
    let ticks = 0;
    const stack = pids.filter(Boolean).map((pid) => byPid.get(pid)).filter(Boolean);
    while (stack.length) {
      const p = stack.pop();
      ticks += p.ticks;
      stack.push(...(children.get(p.pid) ?? []));
    }
    groups[group] = ticks;
  }
  groups.postgres = all.filter((p) => p.name === "postgres").reduce((a, p) => a + p.ticks, 0);
  return { at: performance.now(), self: process.cpuUsage(), groups, machine: machine() };
}

/**
 * CPU seconds used between two snapshots per group, by this process (`load generator`), by the
 * rest of the machine (`other`), and the machine's total busy and available core-seconds.
 */
export function cpuBetween(a, b) {
  const s = (ticks) => Math.round((ticks / HZ) * 10) / 10;
  const self = (b.self.user - a.self.user + b.self.system - a.self.system) / 1e6;
  const groups = Object.fromEntries(Object.keys(b.groups).map((g) => [g, s(b.groups[g] - (a.groups[g] ?? 0))]));
  const busy = s(b.machine.busy - a.machine.busy);
  const available = s(b.machine.total - a.machine.total);
  const ours = self + Object.values(groups).reduce((x, y) => x + y, 0);
  return { load_generator_s: Math.round(self * 10) / 10, ...Object.fromEntries(Object.entries(groups).map(([g, v]) => [`${g}_s`, v])), other_s: Math.max(0, Math.round((busy - ours) * 10) / 10), machine_busy_s: busy, machine_available_s: available };
}
