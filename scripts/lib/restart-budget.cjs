// How often a process that keeps dying is started again: the one rule shared by npm start's
// services (proc.mjs) and the cluster's HTTP servers (medusa-cluster.cjs, which runs as CommonJS
// inside the built backend, hence this file's format).
"use strict";

/**
 * At most `max` restarts within any `windowMs`: a crash now and then is survived, a crash loop
 * stops and says so instead of burning the machine.
 * `take()` spends one restart and answers how many the window now holds, or null when none is left.
 */
function restartBudget({ max, windowMs, now = Date.now }) {
  let times = [];
  return {
    max,
    windowMs,
    take() {
      const at = now();
      times = times.filter((t) => at - t < windowMs);
      if (times.length >= max) return null;
      times.push(at);
      return times.length;
    },
  };
}

module.exports = { restartBudget };
