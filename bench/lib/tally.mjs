// Counting for bench/load.mjs: a seeded random generator per shopper, percentiles, and the tally of
// requests, actions and errors in a timed window.

/** A small seeded generator (mulberry32), so each shopper's sequence of choices is the same every run. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : null);
export const round = (x) => (x === null ? null : Math.round(x * 10) / 10);
export const summary = (latencies) => {
  const s = [...latencies].sort((a, b) => a - b);
  return { p50_ms: round(percentile(s, 50)), p95_ms: round(percentile(s, 95)), max_ms: round(s.at(-1) ?? null) };
};

/**
 * Latencies and errors, per request kind and per action class, of what finished by `end` (the
 * window's close). Actions still running then are finished but only counted as late; every
 * error counts, in the window or late.
 */
export class Tally {
  constructor(end) {
    this.end = end;
    this.requests = new Map();
    this.actions = new Map();
    this.errors = new Map();
    this.late = { requests: 0, errors: 0, actions: {} };
  }
  request(kind, ms, ok) {
    if (performance.now() > this.end) {
      this.late.requests++;
      if (!ok) this.late.errors++;
      return;
    }
    const r = this.requests.get(kind) ?? { latencies: [], errors: 0 };
    r.latencies.push(ms);
    if (!ok) r.errors++;
    this.requests.set(kind, r);
  }
  action(name, ms, ok) {
    if (performance.now() > this.end) {
      const late = (this.late.actions[name] ??= { completed: 0, failed: 0 });
      late[ok ? "completed" : "failed"]++;
      return;
    }
    const a = this.actions.get(name) ?? { latencies: [], failed: 0 };
    if (ok) a.latencies.push(ms);
    else a.failed++;
    this.actions.set(name, a);
  }
  error(kind, what) {
    const key = `${kind}: ${what}`;
    this.errors.set(key, (this.errors.get(key) ?? 0) + 1);
  }
}

/** The figures of one shape's run: per action class (in `actionNames` order), per request kind, overall. */
export function report(shape, { tally, window_s, drained_s }, actionNames) {
  const rate = (n) => Math.round((n / window_s) * 10) / 10;
  const actionRows = actionNames.map((name) => {
    const a = tally.actions.get(name) ?? { latencies: [], failed: 0 };
    return { action: name, completed: a.latencies.length, failed: a.failed, per_s: rate(a.latencies.length), ...summary(a.latencies) };
  });
  const requestRows = [...tally.requests.entries()].map(([kind, r]) => ({ request: kind, count: r.latencies.length, errors: r.errors, per_s: rate(r.latencies.length), ...summary(r.latencies) }));
  const all = [...tally.requests.values()].flatMap((r) => r.latencies);
  const allActions = [...tally.actions.values()].flatMap((a) => a.latencies);
  const errors = [...tally.requests.values()].reduce((n, r) => n + r.errors, 0) + tally.late.errors;
  return {
    shape, window_s, after_window: { seconds: round(drained_s), actions: tally.late.actions, requests: tally.late.requests, errors: tally.late.errors },
    orders_placed: (tally.actions.get("checkout")?.latencies.length ?? 0) + (tally.late.actions.checkout?.completed ?? 0),
    overall: {
      actions: allActions.length, failed_actions: actionRows.reduce((n, a) => n + a.failed, 0), actions_per_s: rate(allActions.length),
      requests: all.length, requests_per_s: rate(all.length), errors, request: summary(all), action: summary(allActions),
    },
    actions: actionRows, requests: requestRows,
    first_errors: [...tally.errors.entries()].slice(0, 5).map(([what, count]) => ({ what, count })),
  };
}

/** One shape's figures as the console shows them, the tables in Markdown. */
export function print(r, shoppers) {
  const o = r.overall;
  const late = r.after_window;
  console.log(`\n== ${r.shape}: ${shoppers} shoppers, ${r.window_s} s ==`);
  console.log(`${o.actions} actions (${o.actions_per_s}/s), ${o.requests} requests (${o.requests_per_s}/s); request p50 ${o.request.p50_ms} ms, p95 ${o.request.p95_ms} ms, max ${o.request.max_ms} ms; errors ${o.errors}`);
  const lateActions = Object.entries(late.actions).map(([name, a]) => `${name} ${a.completed} done, ${a.failed} failed`).join("; ");
  console.log(`after the window (${late.seconds} s to finish what was running; not in the figures above except errors): ${lateActions || "nothing"}; ${late.requests} requests, ${late.errors} errors`);
  console.log(`orders placed (in the window and after): ${r.orders_placed}`);
  console.log("| action | completed | failed | per s | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|");
  for (const a of r.actions) console.log(`| ${a.action} | ${a.completed} | ${a.failed} | ${a.per_s} | ${a.p50_ms} | ${a.p95_ms} | ${a.max_ms} |`);
  console.log("| request | count | errors | per s | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|");
  for (const q of r.requests) console.log(`| ${q.request} | ${q.count} | ${q.errors} | ${q.per_s} | ${q.p50_ms} | ${q.p95_ms} | ${q.max_ms} |`);
  for (const e of r.first_errors) console.log(`error ×${e.count}: ${e.what}`);
  const c = r.cpu;
  if (c) console.log(`CPU seconds in the window (of ${c.machine_available_s} available): load generator ${c.load_generator_s}, backend ${c.backend_s}${c.worker_s !== undefined ? `, worker ${c.worker_s}` : ""}, PostgreSQL ${c.postgres_s}, other ${c.other_s}; machine busy ${c.machine_busy_s}`);
}
