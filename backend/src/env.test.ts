import { describe, expect, it } from "vitest"
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import { EnvError, envVar, envVars, readEnv } from "./env"

const problemOf = (source: Record<string, string>) => {
  try {
    readEnv(source)
  } catch (err) {
    expect(err).toBeInstanceOf(EnvError)
    return (err as Error).message
  }
  throw new Error("expected an EnvError")
}

describe("src/env.ts", () => {
  it("an empty environment gives today's defaults", () => {
    const env = readEnv({})
    expect(env).toMatchObject({
      NODE_ENV: "development", PORT: 9000, CANTING_PG_PORT: 54329, MEDUSA_WORKER_MODE: "shared", DISABLE_MEDUSA_ADMIN: false,
      MEDUSA_ADMIN_BACKEND_URL: "/", STOREFRONT_URL: "http://localhost:8000", CANTING_UPLOAD_DIR: "uploads",
      CANTING_PRIVATE_UPLOAD_DIR: "private-uploads", CANTING_FILE_HOST: [],
      AUTH_RATE_LIMIT_WINDOW_MS: 900_000, AUTH_RATE_LIMIT_LOGIN: 10, AUTH_RATE_LIMIT_RESET: 5, AUTH_RATE_LIMIT_IP: 100,
      CANTING_UNAPPROVED_LISTING_CAP: 20, CANTING_UPLOAD_QUOTA_FILES: 2000, CANTING_UPLOAD_QUOTA_MB: 2048,
      CANTING_UPLOAD_QUOTA_DRAFT_FILES: 30, CANTING_UPLOAD_QUOTA_DRAFT_MB: 30, CANTING_UNPAID_ORDER_DAYS: { days: 3 },
      CANTING_TEST_CLOCK: false, BENCH_PRODUCTS: 10_000, BENCH_SELLERS: 500, BENCH_BATCH: 250, BENCH_QUIET: false,
    })
    for (const unset of ["DATABASE_URL", "REDIS_URL", "MEDUSA_BACKEND_URL", "STORE_CORS", "JWT_SECRET", "STRIPE_API_KEY", "PAYMENT_WEBHOOK_DELAY_MS", "S3_BUCKET", "MEILISEARCH_HOST", "AUTH_TRUSTED_PROXIES"] as const) {
      expect(env[unset]).toBeUndefined()
    }
  })

  it("an empty value counts as unset, as the `||` fallbacks did", () => {
    expect(readEnv({ CANTING_PG_PORT: "", STORE_CORS: "", DATABASE_URL: "", MEDUSA_WORKER_MODE: "" })).toMatchObject({
      CANTING_PG_PORT: 54329, STORE_CORS: undefined, DATABASE_URL: undefined, MEDUSA_WORKER_MODE: "shared",
    })
  })

  it("types what it reads", () => {
    expect(readEnv({
      PORT: "9200", CANTING_PG_PORT: "5433", MEDUSA_WORKER_MODE: "worker", DISABLE_MEDUSA_ADMIN: "true", PAYMENT_WEBHOOK_DELAY_MS: "0",
      REDIS_URL: "redis://127.0.0.1:6379", CANTING_FILE_HOST: "https://cdn.example/, ftp://x/, https://b.example/img/",
      CANTING_TEST_CLOCK: "1", BENCH_QUIET: "1",
    })).toMatchObject({
      PORT: 9200, CANTING_PG_PORT: 5433, MEDUSA_WORKER_MODE: "worker", DISABLE_MEDUSA_ADMIN: true, PAYMENT_WEBHOOK_DELAY_MS: 0,
      REDIS_URL: "redis://127.0.0.1:6379", CANTING_FILE_HOST: ["https://cdn.example/", "https://b.example/img/"],
      CANTING_TEST_CLOCK: true, BENCH_QUIET: true,
    })
  })

  it("refuses a bad setting in one line naming the variable", () => {
    const line = problemOf({ CANTING_PG_PORT: "abc" })
    expect(line).toBe('Invalid environment: CANTING_PG_PORT must be a port number (1-65535), got "abc".')
    expect(problemOf({ PORT: "70000" })).toContain("PORT must be a port number")
    expect(problemOf({ MEDUSA_WORKER_MODE: "both" })).toContain('MEDUSA_WORKER_MODE must be one of shared, server, worker, got "both"')
    expect(problemOf({ DISABLE_MEDUSA_ADMIN: "yes" })).toContain("DISABLE_MEDUSA_ADMIN must be true or false")
    expect(problemOf({ PAYMENT_WEBHOOK_DELAY_MS: "-5" })).toContain("PAYMENT_WEBHOOK_DELAY_MS must be a whole number of milliseconds")
    expect(problemOf({ MEILISEARCH_HOST: "localhost" })).toContain("MEILISEARCH_HOST must be a URL")
    expect(problemOf({ BENCH_PRODUCTS: "lots" })).toContain("BENCH_PRODUCTS must be a positive whole number")
  })

  it("names every bad variable at once, still on one line, and never prints a URL or key that may hold a password", () => {
    const line = problemOf({ CANTING_PG_PORT: "x", MEDUSA_WORKER_MODE: "maybe", DATABASE_URL: "hunter2" })
    expect(line).not.toContain("\n")
    expect(line).toContain("CANTING_PG_PORT")
    expect(line).toContain("MEDUSA_WORKER_MODE")
    expect(line).toContain("DATABASE_URL must be a URL")
    expect(line).not.toContain("hunter2")
  })

  it("keeps the documented fallback for run-time tunables instead of failing", () => {
    expect(readEnv({ AUTH_RATE_LIMIT_LOGIN: "abc", AUTH_RATE_LIMIT_RESET: "0", CANTING_UNAPPROVED_LISTING_CAP: "-1", CANTING_UPLOAD_QUOTA_MB: "x", CANTING_TEST_CLOCK: "yes" }))
      .toMatchObject({ AUTH_RATE_LIMIT_LOGIN: 10, AUTH_RATE_LIMIT_RESET: 5, CANTING_UNAPPROVED_LISTING_CAP: 20, CANTING_UPLOAD_QUOTA_MB: 2048, CANTING_TEST_CLOCK: false })
    expect(envVar("CANTING_UNPAID_ORDER_DAYS", { CANTING_UNPAID_ORDER_DAYS: "tiga" })).toEqual({ days: 3, warning: expect.stringContaining('"tiga"') })
    // "" keeps its meaning where it has one: no trusted proxy at all
    expect(envVar("AUTH_TRUSTED_PROXIES", { AUTH_TRUSTED_PROXIES: "" })).toBe("")
  })

  it("reads only the variables asked for, so an unrelated bad value does not break a request", () => {
    expect(envVars(["CANTING_UNAPPROVED_LISTING_CAP"], { CANTING_UNAPPROVED_LISTING_CAP: "2", CANTING_PG_PORT: "abc" })).toEqual({ CANTING_UNAPPROVED_LISTING_CAP: 2 })
    expect(() => envVar("CANTING_PG_PORT", { CANTING_PG_PORT: "abc" })).toThrow(EnvError)
  })

  it("is the only place the backend reads process.env (tests and the admin UI aside)", () => {
    const root = join(__dirname, "..")
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) return name === "admin" ? [] : files(path)
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
    })
    const readers = [join(root, "medusa-config.ts"), ...files(__dirname)]
      .filter((file) => file !== join(__dirname, "env.ts") && /process\.env\b/.test(readFileSync(file, "utf8")))
      .map((file) => relative(root, file))
    expect(readers).toEqual([])
  })
})
