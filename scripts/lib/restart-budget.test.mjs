import { describe, expect, it } from "vitest";
import { restartBudget } from "./restart-budget.cjs";

describe("the restart budget of npm start's services and the cluster's servers", () => {
  it("allows the cap within the window, refuses the next, and allows again once the first has left the window", () => {
    let clock = 0;
    const budget = restartBudget({ max: 3, windowMs: 1000, now: () => clock });
    expect([budget.take(), budget.take(), budget.take()]).toEqual([1, 2, 3]);
    clock = 999;
    expect(budget.take()).toBeNull();
    clock = 1000;
    // The three restarts at 0 are now a full window old: a crash an hour later is survived again.
    expect(budget.take()).toBe(1);
  });
});
