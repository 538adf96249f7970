import { describe, expect, it } from "vitest"
import { resolve } from "node:path"
import { CACHE_TTL_SECONDS, emailOutboxDir, fileModule, infrastructureModules, notificationModule, paymentModule, regionPaymentProviders, REDIS_COMMAND_TIMEOUT_MS } from "./infrastructure"

/** The options of a payment or file module: its providers (and, for payment, the webhook delay). */
type ProviderOptions = { providers: { resolve: string; id?: string; options: Record<string, unknown> }[]; webhook_delay?: number }

describe("infrastructure chosen by the environment", () => {
  it("keeps Medusa's in-memory event bus, workflows and locks without REDIS_URL, and caches in memory", () => {
    expect(infrastructureModules(undefined)).toEqual([{ resolve: "@medusajs/medusa/caching", options: { ttl: CACHE_TTL_SECONDS, in_memory: { enable: true } } }])
    // Short-lived: an empty result has nothing Medusa's event-driven clearing could match.
    expect(CACHE_TTL_SECONDS).toBeLessThanOrEqual(10)
  })

  it("switches events, workflows, locking and caching to Redis with REDIS_URL", () => {
    const modules = infrastructureModules("redis://127.0.0.1:6379")
    expect(modules.map((m) => m.resolve)).toEqual([
      "@medusajs/medusa/event-bus-redis", "@medusajs/medusa/workflow-engine-redis", "@medusajs/medusa/locking", "@medusajs/medusa/caching",
    ])
    expect(JSON.stringify(modules)).not.toContain("undefined")
    // Event bus, workflow engine (and its pub/sub connections), locking, caching.
    expect(JSON.stringify(modules).match(/redis:\/\/127\.0\.0\.1:6379/g)).toHaveLength(5)
    // Medusa's Redis bus tries an event once unless told otherwise: a failed subscriber would be dropped.
    expect(modules[0].options?.jobOptions).toEqual(expect.objectContaining({ attempts: expect.any(Number), backoff: expect.anything() }))
    expect((modules[0].options?.jobOptions as { attempts: number }).attempts).toBeGreaterThan(1)
  })

  it("lets no Redis connection an HTTP request waits on queue commands while Redis is away, and keeps BullMQ workers valid", () => {
    type Options = { redisOptions?: Record<string, unknown>; redis?: { redisOptions?: Record<string, unknown>; pubsub?: { options: Record<string, unknown> } }; providers?: { options: { redisOptions: Record<string, unknown> } }[] }
    const redisOf = (mode: string) => {
      const [bus, workflows, locking, caching] = infrastructureModules("redis://127.0.0.1:6379", { MEDUSA_WORKER_MODE: mode }).map((m) => m.options as Options)
      return { bus: bus.redisOptions, workflows: workflows.redis?.redisOptions, pubsub: workflows.redis?.pubsub?.options, locking: locking.providers?.[0].options.redisOptions, caching: caching.providers?.[0].options.redisOptions }
    }
    const failsFast = { enableOfflineQueue: false, maxRetriesPerRequest: expect.any(Number), commandTimeout: expect.any(Number) }
    // HTTP servers only add jobs: every connection fails fast, within the bound of a request.
    const server = redisOf("server")
    for (const name of ["bus", "workflows", "locking", "caching"] as const) expect(server[name], name).toEqual(failsFast)
    expect(server.bus!.commandTimeout).toBeLessThan(5_000)
    expect(server.caching!.commandTimeout).toBeLessThan(REDIS_COMMAND_TIMEOUT_MS)
    // One process serving HTTP and running the workers: the event bus connection is also a BullMQ
    // Worker's (BullMQ refuses one with maxRetriesPerRequest set) and the workflow engine passes its
    // options to its workers' connection, so neither gets a command timeout; both drop the offline queue.
    const shared = redisOf("shared")
    expect(shared.bus).toEqual({ enableOfflineQueue: false })
    expect(shared.workflows).toEqual({ enableOfflineQueue: false, maxRetriesPerRequest: 1 })
    expect(shared.locking).toEqual(failsFast)
    expect(shared.caching).toEqual(failsFast)
    // A worker serves no HTTP: Medusa's own options, its workers wait for Redis to come back.
    const worker = redisOf("worker")
    expect(worker.bus).toBeUndefined()
    expect(worker.workflows).toBeUndefined()
    // The workflow engine subscribes without handling a failure: its pub/sub connections keep Medusa's defaults everywhere.
    for (const mode of [server, shared, worker]) expect(mode.pubsub).toEqual({})
  })

  it("offers manual payment only, and Stripe too when STRIPE_API_KEY is set", () => {
    expect((paymentModule({}).options as ProviderOptions).providers).toEqual([])
    const providers = (paymentModule({ STRIPE_API_KEY: "sk_test_x", STRIPE_WEBHOOK_SECRET: "whsec_x" }).options as ProviderOptions).providers
    expect(providers).toEqual([expect.objectContaining({ resolve: "@medusajs/medusa/payment-stripe", id: "stripe" })])
  })

  it("points Stripe at STRIPE_API_HOST through our provider, keeping the id pp_stripe_stripe, and offers it in regions", () => {
    const options = paymentModule({ STRIPE_API_KEY: "sk_test_fake", STRIPE_WEBHOOK_SECRET: "whsec_test", STRIPE_API_HOST: "http://127.0.0.1:12111", PAYMENT_WEBHOOK_DELAY_MS: "100" }).options as ProviderOptions
    expect(options.providers).toEqual([{
      resolve: "./src/providers/stripe-loopback", id: "stripe",
      options: expect.objectContaining({ apiKey: "sk_test_fake", webhookSecret: "whsec_test", apiHost: "http://127.0.0.1:12111" }),
    }])
    expect(options.webhook_delay).toBe(100)
    expect((paymentModule({}).options as ProviderOptions).webhook_delay).toBeUndefined()
    expect(regionPaymentProviders({})).toEqual(["pp_system_default"])
    expect(regionPaymentProviders({ STRIPE_API_KEY: "sk_test_x" })).toEqual(["pp_system_default", "pp_stripe_stripe"])
  })

  it("stores files locally, private ones outside the public folder, or in S3 when S3_BUCKET is set", () => {
    const local = (fileModule({}).options as ProviderOptions).providers[0]
    expect(local.resolve).toBe("@medusajs/medusa/file-local")
    expect(local.options.private_upload_dir).not.toBe(local.options.upload_dir)
    expect((fileModule({ S3_BUCKET: "canting" }).options as ProviderOptions).providers[0].resolve).toBe("@medusajs/medusa/file-s3")
  })
})

describe("email notifications chosen by the environment", () => {
  const providerOf = (source: Record<string, string>) => (notificationModule(source).options as ProviderOptions).providers[0]

  it("writes emails into the outbox beside the embedded database's data (.data/) without SMTP_URL", () => {
    const provider = providerOf({})
    expect(provider).toMatchObject({ resolve: "./src/providers/email", id: "email" })
    expect(provider.options).toEqual({
      channels: ["email"], from: "Canting <no-reply@canting.local>", storefrontUrl: "http://localhost:8000", smtpUrl: undefined, outboxDir: resolve("..", ".data", "outbox"),
    })
    expect(emailOutboxDir({ EMAIL_OUTBOX_DIR: "/tmp/outbox-uji" })).toBe("/tmp/outbox-uji")
  })

  it("sends through SMTP_URL, from SMTP_FROM, and then keeps no outbox", () => {
    const source = { SMTP_URL: "smtp://user:pw@mail.example:587", SMTP_FROM: "Toko <toko@mail.example>", STOREFRONT_URL: "https://canting.example" }
    expect(providerOf(source).options).toMatchObject({ smtpUrl: source.SMTP_URL, from: source.SMTP_FROM, storefrontUrl: source.STOREFRONT_URL, outboxDir: undefined })
    expect(emailOutboxDir(source)).toBeNull()
  })

  it("refuses an SMTP_URL that is not one, without repeating it (it may hold a password)", () => {
    expect(() => notificationModule({ SMTP_URL: "https://user:secret@mail.example" })).toThrow(/SMTP_URL must be an SMTP URL/)
    expect(() => notificationModule({ SMTP_URL: "https://user:secret@mail.example" })).not.toThrow(/secret/)
  })
})
