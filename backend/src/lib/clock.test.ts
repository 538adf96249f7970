import { existsSync, writeFileSync } from "node:fs"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { clockOffsetDays, now, setClockOffsetDays, sharedClockFile } from "./clock"

const DAY = 86_400_000
const near = (ms: number) => expect(Math.abs(now().getTime() - ms)).toBeLessThan(1_000)
const saved = { REDIS_URL: process.env.REDIS_URL, DATABASE_URL: process.env.DATABASE_URL }
const restore = (name: keyof typeof saved) => (saved[name] === undefined ? delete process.env[name] : (process.env[name] = saved[name]))

describe("the backend clock", () => {
  beforeEach(() => {
    delete process.env.REDIS_URL
  })
  afterEach(() => {
    process.env.CANTING_TEST_CLOCK = "1"
    setClockOffsetDays(0)
    delete process.env.CANTING_TEST_CLOCK
    restore("REDIS_URL")
  })

  it("is the system clock, and cannot be moved, without CANTING_TEST_CLOCK=1", () => {
    delete process.env.CANTING_TEST_CLOCK
    near(Date.now())
    expect(() => setClockOffsetDays(5)).toThrow(/CANTING_TEST_CLOCK/)
    expect(clockOffsetDays()).toBe(0)
  })

  it("moves by whole days with the test clock on, and back to the system clock at 0", () => {
    process.env.CANTING_TEST_CLOCK = "1"
    setClockOffsetDays(12)
    expect(clockOffsetDays()).toBe(12)
    near(Date.now() + 12 * DAY)
    // A shift left behind never reaches a server started without the variable.
    delete process.env.CANTING_TEST_CLOCK
    near(Date.now())
    process.env.CANTING_TEST_CLOCK = "1"
    setClockOffsetDays(0)
    near(Date.now())
  })
})

// Two HTTP servers and a worker (REDIS_URL set): a shift made through one server's route must hold
// in the worker too, which has no routes. Another process is played here by a fresh in-memory state
// and by writing the shared file as that process would.
describe("the backend clock of a stack of several processes (REDIS_URL set)", () => {
  const inMemory = Symbol.for("canting.test-clock")
  const forgetInMemory = () => delete (globalThis as Record<symbol, unknown>)[inMemory]
  beforeEach(() => {
    process.env.CANTING_TEST_CLOCK = "1"
    process.env.REDIS_URL = "redis://127.0.0.1:6379/11"
    process.env.DATABASE_URL = `postgres://u:p@localhost:5432/clock_test_${process.pid}`
  })
  afterEach(() => {
    setClockOffsetDays(0)
    delete process.env.CANTING_TEST_CLOCK
    restore("REDIS_URL")
    restore("DATABASE_URL")
  })

  it("holds a shift made by one process in every process of the stack", () => {
    setClockOffsetDays(301)
    forgetInMemory() // a process that was never told
    expect(clockOffsetDays()).toBe(301)
    near(Date.now() + 301 * DAY)
    writeFileSync(sharedClockFile()!, String(-2 * DAY)) // another process moves it
    expect(clockOffsetDays()).toBe(-2)
    near(Date.now() - 2 * DAY)
  })

  it("keeps another stack's clock apart, and leaves nothing behind at 0", () => {
    setClockOffsetDays(40)
    const file = sharedClockFile()!
    process.env.DATABASE_URL = `postgres://u:p@localhost:5432/clock_test_other_${process.pid}`
    expect(sharedClockFile()).not.toBe(file)
    near(Date.now())
    delete process.env.REDIS_URL // one process on its own (no Redis) keeps its clock in memory
    expect(sharedClockFile()).toBeNull()
    near(Date.now())
    process.env.REDIS_URL = "redis://127.0.0.1:6379/11"
    process.env.DATABASE_URL = `postgres://u:p@localhost:5432/clock_test_${process.pid}`
    expect(clockOffsetDays()).toBe(40)
    setClockOffsetDays(0)
    expect(existsSync(file)).toBe(false)
    near(Date.now())
  })
})
