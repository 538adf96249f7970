import { describe, expect, it } from "vitest"
import { CACHE_TTL_SECONDS, fileModule, infrastructureModules, paymentModule, regionPaymentProviders } from "./infrastructure"

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
    expect(JSON.stringify(modules).match(/redis:\/\/127\.0\.0\.1:6379/g)).toHaveLength(4)
    // Medusa's Redis bus tries an event once unless told otherwise: a failed subscriber would be dropped.
    expect(modules[0].options?.jobOptions).toEqual(expect.objectContaining({ attempts: expect.any(Number), backoff: expect.anything() }))
    expect((modules[0].options?.jobOptions as { attempts: number }).attempts).toBeGreaterThan(1)
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
