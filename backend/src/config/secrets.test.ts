import { describe, expect, it } from "vitest"
import { describeProblems, resolveSecrets } from "./secrets"

const strong = "x".repeat(20) + "K7p2mQ9vR4tW8yZ1bN3c"

describe("signing secrets", () => {
  it("refuses to run production with a missing, short or published secret", () => {
    expect(resolveSecrets({ NODE_ENV: "production" })).toEqual({ problems: [{ name: "JWT_SECRET", reason: "missing" }, { name: "COOKIE_SECRET", reason: "missing" }] })
    expect(resolveSecrets({ NODE_ENV: "production", JWT_SECRET: "short", COOKIE_SECRET: strong })).toEqual({ problems: [{ name: "JWT_SECRET", reason: "short" }] })
    expect(resolveSecrets({ NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: "supersecret" })).toEqual({ problems: [{ name: "COOKIE_SECRET", reason: "known" }] })
    expect(resolveSecrets({ NODE_ENV: "production", JWT_SECRET: "canting-dev-jwt-secret", COOKIE_SECRET: strong })).toEqual({ problems: [{ name: "JWT_SECRET", reason: "known" }] })
  })

  it("uses the secrets it is given in production", () => {
    expect(resolveSecrets({ NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: strong + "c" })).toEqual({ jwtSecret: strong, cookieSecret: strong + "c" })
  })

  it("outside production makes a fresh random secret per process instead of a fixed fallback", () => {
    const a = resolveSecrets({}) as { jwtSecret: string; cookieSecret: string }
    const b = resolveSecrets({}) as { jwtSecret: string; cookieSecret: string }
    expect(a.jwtSecret.length).toBeGreaterThanOrEqual(32)
    expect(a.jwtSecret).not.toBe(b.jwtSecret)
    expect(a.jwtSecret).not.toBe(a.cookieSecret)
    // a weak secret someone did set is refused everywhere
    expect(resolveSecrets({ JWT_SECRET: "supersecret" })).toHaveProperty("problems")
  })

  it("says in one line what to set", () => {
    const line = describeProblems([{ name: "JWT_SECRET", reason: "missing" }])
    expect(line).not.toContain("\n")
    expect(line).toMatch(/Set JWT_SECRET/)
  })
})
