import { beforeAll, expect, it } from "vitest"
import { Redis } from "ioredis"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createCheckoutFixture, readyCart, storeHeaders, type CheckoutFixture } from "../checkout/checkout-fixture"
import type { Api } from "../../api-types"
import { startTcpProxy } from "./db-proxy"
import { allOrders, ANSWER_WITHIN_MS, expectOutageAnswer, expectQuickAnswers, keepBrowsing, timedAsk, type Answer } from "./outage-checks"

/**
 * Issue #18: Redis goes away and comes back while the backend runs on it (REDIS_URL: Medusa's Redis
 * event bus, workflow engine, locking and caching). The app reaches Redis through a proxy the spec
 * controls. During the cut browsing still answers (the cache is only a cache) and what needs Redis
 * (a checkout: workflow, locks, events) answers a translated 503 quickly, never a 500 or a hang,
 * and never a half-made order; after it the same app serves again and takes orders.
 */

// Database 10 of the local Redis is this spec's own (the scaled suite uses 11), emptied first.
const REDIS_DB = 10
const realRedis = new URL(process.env.CANTING_TEST_REDIS_URL || "redis://127.0.0.1:6379")
const proxy = startTcpProxy({ host: realRedis.hostname, port: Number(realRedis.port || 6379) })
const viaProxy = new URL(realRedis.href)
viaProxy.hostname = "127.0.0.1"
viaProxy.port = String(proxy.port)
viaProxy.pathname = `/${REDIS_DB}`
// Read by medusa-config when the runner loads it (in its beforeAll, after this file is evaluated).
process.env.REDIS_URL = viaProxy.href

/** This spec's Redis database, reached directly (never through the proxy). */
const direct = () => {
  const url = new URL(realRedis.href)
  url.pathname = `/${REDIS_DB}`
  return new Redis(url.href, { lazyConnect: true, maxRetriesPerRequest: 1 })
}

// Registered before the runner's hooks, so it runs before the app connects.
beforeAll(async () => {
  const redis = direct()
  try {
    await redis.flushdb()
  } finally {
    redis.disconnect()
  }
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as Api
    const ask = timedAsk(http)

    const lang = (locale?: string): Record<string, string> => (locale ? { "accept-language": locale } : {})
    const products = (fixture: CheckoutFixture, locale?: string) =>
      ask("get", `/store/products?region_id=${fixture.regions.idr.id}`, storeHeaders(fixture.key, lang(locale)))
    const catalog = (fixture: CheckoutFixture) => ask("get", "/store/catalog?q=batik", storeHeaders(fixture.key))
    const complete = (fixture: CheckoutFixture, cartId: string, locale?: string) =>
      ask("post", `/store/carts/${cartId}/complete`, storeHeaders(fixture.key, lang(locale)))
    const newCart = (fixture: CheckoutFixture, locale?: string) =>
      ask("post", "/store/carts", storeHeaders(fixture.key, lang(locale)), { region_id: fixture.regions.idr.id, items: [{ variant_id: fixture.variant.id, quantity: 1 }] })

    /** A page that only reads keeps answering 200 within the bound: a missing cache falls through to the database. */
    function expectServed(answer: Answer, what: string) {
      expect(answer.status, `${what}: ${JSON.stringify(answer.data)}`).toBe(200)
      expect(answer.ms, what).toBeLessThan(ANSWER_WITHIN_MS)
    }

    /** Asks for a new cart (a workflow: Redis) until it answers 200 again; every answer meanwhile is a quick 503. */
    async function waitUntilCartsServed(fixture: CheckoutFixture) {
      for (let i = 0; i < 40; i++) {
        const answer = await newCart(fixture)
        if (answer.status === 200) return answer
        expectOutageAnswer(answer, "id", `while reconnecting (${i})`)
        await new Promise((r) => setTimeout(r, 250))
      }
      throw new Error("the store did not take carts again after Redis came back")
    }

    /**
     * Waits until the event bus has handled every queued event (none waiting, active or waiting for
     * a retry): the worker took jobs again after Redis came back, and the app does not stop while a
     * subscriber still runs.
     */
    async function eventsHandled(withinMs: number) {
      const queue = "RedisEventBusService:events-queue"
      const redis = direct()
      try {
        for (const until = Date.now() + withinMs; Date.now() < until; await new Promise((r) => setTimeout(r, 250))) {
          const [wait, active, prioritized, delayed] = await Promise.all([
            redis.llen(`${queue}:wait`), redis.llen(`${queue}:active`), redis.zcard(`${queue}:prioritized`), redis.zcard(`${queue}:delayed`),
          ])
          if (wait + active + prioritized + delayed === 0) return true
        }
        return false
      } finally {
        redis.disconnect()
      }
    }

    /** Asks until `done` holds (or 20 s have passed); the last value either way. */
    async function eventually<T>(ask: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
      let value = await ask()
      for (const until = Date.now() + 20_000; !done(value) && Date.now() < until; value = await ask()) await new Promise((r) => setTimeout(r, 250))
      return value
    }

    /** Proof that the app runs on Redis through the proxy, or the cut below would prove nothing. */
    async function expectRedisModules() {
      expect(getContainer().resolve(Modules.EVENT_BUS).constructor.name).toBe("RedisEventBusService")
      expect(proxy.relayed).toBeGreaterThan(0)
      const redis = direct()
      try {
        // The order's events were queued in this spec's database.
        expect((await redis.keys("RedisEventBusService:*")).length).toBeGreaterThan(0)
      } finally {
        redis.disconnect()
      }
    }

    it("keeps browsing, refuses a checkout with a translated 503 while Redis is away, and takes orders again when it is back", async () => {
      const fixture = await createCheckoutFixture(getContainer(), { stock: 5 })
      const placed = await readyCart(http, fixture)
      const completed = await complete(fixture, placed.cartId)
      expect(completed.status, JSON.stringify(completed.data)).toBe(200)
      const order = (completed.data as { order: { id: string; display_id: number; email: string } }).order
      await expectRedisModules()
      const pending = await readyCart(http, fixture)
      expectServed(await products(fixture), "before the cut")
      // The catalog answers from the search index (PostgreSQL), which answers 503 until it is built.
      expectServed(await eventually(() => catalog(fixture), (answer) => answer.status === 200), "catalog before the cut")

      // Shoppers keep browsing across the cut and the return: each answer is a quick 200 or 503.
      const shopper = keepBrowsing(() => products(fixture))
      let browsed: Answer[] = []

      const cuts = ["refuse", "blackhole"] as const
      try {
        for (const mode of cuts) {
          proxy.cut(mode)
          expectServed(await products(fixture), `${mode}: products`)
          expectServed(await products(fixture, "en-US,en;q=0.9"), `${mode}: products in English`)
          expectServed(await catalog(fixture), `${mode}: catalog`)
          // What needs Redis is refused the same way as during a database outage, not half done (checked below).
          expectOutageAnswer(await complete(fixture, pending.cartId), "id", `${mode}: completing a cart`)
          expectOutageAnswer(await complete(fixture, pending.cartId, "en-US,en;q=0.9"), "en", `${mode}: completing a cart in English`)
          expectOutageAnswer(await newCart(fixture, "id-ID"), "id", `${mode}: a new cart`)
          proxy.restore()
          await waitUntilCartsServed(fixture)
          expectServed(await products(fixture), `${mode}: products after the return`)
        }
      } finally {
        proxy.restore()
        browsed = await shopper.stop()
      }
      expectQuickAnswers(browsed)

      // The order completed before the cut is intact, the refused checkout left nothing behind, and it completes now, once.
      expect(await allOrders(getContainer())).toEqual([expect.objectContaining({ id: order.id, display_id: order.display_id, email: order.email })])
      const retried = await complete(fixture, pending.cartId)
      expect(retried.status, JSON.stringify(retried.data)).toBe(200)
      const second = (retried.data as { order: { id: string } }).order
      expect((await allOrders(getContainer())).map((o) => o.id).sort()).toEqual([order.id, second.id].sort())
      // BullMQ's worker waits 15 s (its runRetryDelay) after a failed fetch before it asks Redis again.
      expect(await eventsHandled(45_000)).toBe(true)
    }, 180_000)
  },
})
