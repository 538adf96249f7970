import { randomUUID } from "node:crypto"
import type { AddressInfo } from "node:net"
import express from "express"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rateLimit } from "express-rate-limit"
import { Redis } from "ioredis"
import { afterAll, describe, expect, it } from "vitest"
import { errorMessage } from "@canting/i18n"
import { closeRateLimitRedis, RATE_LIMIT_PREFIX, rateLimitSettings, rateLimitStore, sendRateLimited } from "./rate-limit"

/** A one-route app behind a limiter of `limit` requests, listening on a free port. */
async function serve(limit: number, store = rateLimitStore("unit", undefined)) {
  const app = express()
  app.use(rateLimit({ windowMs: 60_000, limit, standardHeaders: "draft-7", legacyHeaders: false, store, handler: (req, res) => sendRateLimited(req as MedusaRequest, res as MedusaResponse) }))
  app.post("/auth/customer/emailpass", (_req, res) => { res.status(401).json({ type: "unauthorized" }) })
  const server = app.listen(0)
  await new Promise((resolve) => server.once("listening", resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/auth/customer/emailpass`
  return { post: (headers: Record<string, string> = {}) => fetch(url, { method: "POST", headers }), close: () => server.close() }
}

describe("rateLimitSettings", () => {
  it("defaults to 10 failed logins, 5 resets and 100 per address in 15 minutes", () => {
    const s = rateLimitSettings({})
    expect([s.windowMs, s.login, s.reset, s.perIp]).toEqual([900_000, 10, 5, 100])
  })
  it("takes positive integers from the environment and ignores anything else", () => {
    const s = rateLimitSettings({ AUTH_RATE_LIMIT_WINDOW_MS: "60000", AUTH_RATE_LIMIT_LOGIN: "3", AUTH_RATE_LIMIT_RESET: "0", AUTH_RATE_LIMIT_IP: "abc" })
    expect([s.windowMs, s.login, s.reset, s.perIp]).toEqual([60_000, 3, 5, 100])
  })
})

describe("the 429 answer", () => {
  it("carries Retry-After and a message in the caller's language", async () => {
    const app = await serve(1)
    try {
      expect((await app.post()).status).toBe(401)
      const blocked = await app.post({ "accept-language": "en-US,en;q=0.9" })
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0)
      expect(await blocked.json()).toEqual({ type: "too_many_requests", code: "rate_limited", message: errorMessage("rate_limited", "en") })
      expect((await (await app.post()).json()).message).toBe(errorMessage("rate_limited", "id"))
    } finally {
      app.close()
    }
  })
})

// Runs where a Redis is at hand: REDIS_URL=redis://127.0.0.1:6379/7 npx vitest run src/api/auth
describe.skipIf(!process.env.REDIS_URL)("the Redis store", () => {
  afterAll(closeRateLimitRedis)

  it("counts in Redis under canting:rl:, so every server process shares the count", async () => {
    const name = `unit-${randomUUID()}`
    const first = await serve(2, rateLimitStore(name, process.env.REDIS_URL))
    const second = await serve(2, rateLimitStore(name, process.env.REDIS_URL))
    const redis = new Redis(process.env.REDIS_URL!)
    try {
      expect((await first.post()).status).toBe(401)
      expect((await second.post()).status).toBe(401)
      const blocked = await first.post()
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0)
      const keys = await redis.keys(`${RATE_LIMIT_PREFIX}${name}:*`)
      expect(keys).toHaveLength(1)
      await redis.del(...keys)
    } finally {
      first.close()
      second.close()
      redis.disconnect()
    }
  })
})
