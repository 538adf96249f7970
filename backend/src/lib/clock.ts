/**
 * The backend's one clock for "today" in certificate display states, eco tags, readiness and the
 * search document. In production it is the system clock. Only when `CANTING_TEST_CLOCK=1` is set
 * (the end-to-end stack, the scaled test stack) can `POST /admin/test/clock` shift it by whole
 * days, so a test can walk a certificate past its expiry without waiting for it.
 */

import { createHash } from "node:crypto"
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { envVar } from "../env"

const DAY_MS = 86_400_000
// Kept on globalThis: test runners may load this file twice (ESM test code and the app's own require).
const STATE = Symbol.for("canting.test-clock")
type ClockState = { offsetMs: number }
const holder = globalThis as typeof globalThis & { [STATE]?: ClockState }
const state = (): ClockState => (holder[STATE] ??= { offsetMs: 0 })

/**
 * Where the shift is kept when the backend runs as several processes (REDIS_URL set: HTTP servers
 * and a worker, scripts/lib/stack.mjs), else null (one process: in memory).
 *
 * A shift must hold in every process: the servers show certificates by it, and the worker, which
 * reindexes search when a certificate expires, derives the eco tags by it. The worker serves no
 * routes (Medusa's worker mode answers only /health), so it cannot be told over HTTP; `now()` is
 * synchronous, so the database or Redis cannot answer it either. A small file every process reads
 * can: a shift is seen by all of them from the moment it is written, with nothing to wait for.
 * This is test-only machinery on one machine, where a file is enough. It is named after the
 * stack's Redis and database, so two stacks on one machine keep their own clocks.
 */
export function sharedClockFile(): string | null {
  const redis = envVar("REDIS_URL")
  if (!redis) return null
  const stack = createHash("sha256").update(`${redis} ${envVar("DATABASE_URL") ?? ""}`).digest("hex").slice(0, 16)
  return join(tmpdir(), `canting-test-clock-${stack}`)
}

function offsetMs(): number {
  const file = sharedClockFile()
  if (!file) return state().offsetMs
  try {
    const ms = Number(readFileSync(file, "utf8"))
    return Number.isFinite(ms) ? ms : 0
  } catch {
    return 0 // no file: no shift
  }
}

/** Whether the test-only clock controls are switched on (env `CANTING_TEST_CLOCK=1`). */
export function testClockEnabled(): boolean {
  return envVar("CANTING_TEST_CLOCK")
}

/** Now, as the backend's business rules see it. */
export function now(): Date {
  return new Date(Date.now() + (testClockEnabled() ? offsetMs() : 0))
}

/** The test clock's shift in whole days (0 when the test clock is off). */
export function clockOffsetDays(): number {
  return testClockEnabled() ? offsetMs() / DAY_MS : 0
}

/** Shifts the test clock to `days` from the system clock; refuses when the test clock is off. */
export function setClockOffsetDays(days: number): void {
  if (!testClockEnabled()) throw new Error("The test clock is off (set CANTING_TEST_CLOCK=1)")
  const file = sharedClockFile()
  if (!file) {
    state().offsetMs = days * DAY_MS
    return
  }
  // 0 leaves no file behind. Otherwise written whole, then renamed over: a process reading at that
  // moment sees the old shift or the new one, never a half-written file.
  if (days === 0) return rmSync(file, { force: true })
  const partial = `${file}.${process.pid}.tmp`
  writeFileSync(partial, String(days * DAY_MS))
  renameSync(partial, file)
}
