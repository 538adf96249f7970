/**
 * The backend's one clock for "today" in certificate display states, eco tags, readiness and the
 * search document. In production it is the system clock. Only when `CANTING_TEST_CLOCK=1` is set
 * (the end-to-end stack) can `POST /admin/test/clock` shift it by whole days, so a test can walk
 * a certificate past its expiry without waiting for it.
 */

import { envVar } from "../env"

const DAY_MS = 86_400_000
// Kept on globalThis: test runners may load this file twice (ESM test code and the app's own require).
const STATE = Symbol.for("canting.test-clock")
type ClockState = { offsetMs: number }
const holder = globalThis as typeof globalThis & { [STATE]?: ClockState }
const state = (): ClockState => (holder[STATE] ??= { offsetMs: 0 })

/** Whether the test-only clock controls are switched on (env `CANTING_TEST_CLOCK=1`). */
export function testClockEnabled(): boolean {
  return envVar("CANTING_TEST_CLOCK")
}

/** Now, as the backend's business rules see it. */
export function now(): Date {
  return new Date(Date.now() + (testClockEnabled() ? state().offsetMs : 0))
}

/** The test clock's shift in whole days (0 when the test clock is off). */
export function clockOffsetDays(): number {
  return testClockEnabled() ? state().offsetMs / DAY_MS : 0
}

/** Shifts the test clock to `days` from the system clock; refuses when the test clock is off. */
export function setClockOffsetDays(days: number): void {
  if (!testClockEnabled()) throw new Error("The test clock is off (set CANTING_TEST_CLOCK=1)")
  state().offsetMs = days * DAY_MS
}
