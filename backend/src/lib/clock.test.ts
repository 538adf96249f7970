import { afterEach, describe, expect, it } from "vitest"
import { clockOffsetDays, now, setClockOffsetDays } from "./clock"

const DAY = 86_400_000

describe("the backend clock", () => {
  afterEach(() => {
    process.env.CANTING_TEST_CLOCK = "1"
    setClockOffsetDays(0)
    delete process.env.CANTING_TEST_CLOCK
  })

  it("is the system clock, and cannot be moved, without CANTING_TEST_CLOCK=1", () => {
    delete process.env.CANTING_TEST_CLOCK
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1_000)
    expect(() => setClockOffsetDays(5)).toThrow(/CANTING_TEST_CLOCK/)
    expect(clockOffsetDays()).toBe(0)
  })

  it("moves by whole days with the test clock on, and back to the system clock at 0", () => {
    process.env.CANTING_TEST_CLOCK = "1"
    setClockOffsetDays(12)
    expect(clockOffsetDays()).toBe(12)
    expect(Math.abs(now().getTime() - (Date.now() + 12 * DAY))).toBeLessThan(1_000)
    // A shift left behind never reaches a server started without the variable.
    delete process.env.CANTING_TEST_CLOCK
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1_000)
    process.env.CANTING_TEST_CLOCK = "1"
    setClockOffsetDays(0)
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1_000)
  })
})
