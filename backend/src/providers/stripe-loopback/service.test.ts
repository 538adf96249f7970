import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { startStripeFake, type StripeFake } from "../../../integration-tests/fakes/stripe-fake"
import { LoopbackStripeProviderService, StripeSdk, stripeClientConfig } from "./service"

let fake: StripeFake
let provider: LoopbackStripeProviderService
beforeAll(async () => {
  fake = await startStripeFake()
  provider = new LoopbackStripeProviderService({}, { apiKey: "sk_test_fake", webhookSecret: "whsec_test", apiHost: fake.url })
})
afterAll(() => fake.close())
beforeEach(() => fake.reset())

const created = () => fake.requestsTo("POST", /^\/v1\/payment_intents$/).at(-1)!.body

describe("Stripe provider against a loopback Stripe", () => {
  it("parses STRIPE_API_HOST into the SDK's host, port and protocol", () => {
    expect(stripeClientConfig("http://127.0.0.1:12111")).toEqual({ host: "127.0.0.1", port: 12111, protocol: "http" })
    expect(stripeClientConfig("https://stripe.internal")).toEqual({ host: "stripe.internal", port: 443, protocol: "https" })
  })

  it("sends IDR in Stripe's minor units (rupiah × 100), not as a zero-decimal currency", async () => {
    const session = await provider.initiatePayment({ amount: 350000, currency_code: "idr", data: { session_id: "payses_1" } } as any)
    expect(created()).toMatchObject({ amount: "35000000", currency: "idr", capture_method: "manual", metadata: { session_id: "payses_1" } })
    expect(session.id).toMatch(/^pi_/)
    expect(session.status).toBe("pending")
    // The amount read back from Stripe is in rupiah again.
    const retrieved = await provider.retrievePayment({ data: { id: session.id } } as any)
    expect((retrieved.data as any).amount).toBe(350000)
  })

  it("sends USD in cents, including fractional dollars", async () => {
    await provider.initiatePayment({ amount: 22.5, currency_code: "usd", data: { session_id: "payses_2" } } as any)
    expect(created()).toMatchObject({ amount: "2250", currency: "usd" })
  })

  it("updates, captures and refunds IDR amounts in minor units", async () => {
    const { id } = await provider.initiatePayment({ amount: 350000, currency_code: "idr", data: { session_id: "payses_3" } } as any)
    const intent = fake.intents.get(id)!
    await provider.updatePayment({ amount: 375000, currency_code: "idr", data: { id, amount: intent.amount } } as any)
    expect(fake.requestsTo("POST", new RegExp(`^/v1/payment_intents/${id}$`)).at(-1)!.body.amount).toBe("37500000")
    fake.pay(id)
    expect((await provider.authorizePayment({ data: { id } } as any)).status).toBe("authorized")
    await provider.capturePayment({ data: { id } } as any)
    expect(fake.intents.get(id)!.status).toBe("succeeded")
    await provider.refundPayment({ amount: 25000, data: { id, currency: "idr" } } as any)
    expect(fake.refunds).toEqual([expect.objectContaining({ amount: 2500000, currency: "idr", payment_intent: id })])
  })

  it("turns a signed payment_intent.succeeded into a successful action in major units, and refuses a bad signature", async () => {
    const { id } = await provider.initiatePayment({ amount: 350000, currency_code: "idr", data: { session_id: "payses_4" } } as any)
    const intent = fake.pay(id)
    intent.status = "succeeded"
    intent.amount_received = intent.amount
    const payload = JSON.stringify({ id: "evt_1", object: "event", type: "payment_intent.succeeded", data: { object: intent } })
    const header = StripeSdk.webhooks.generateTestHeaderString({ payload, secret: "whsec_test" })
    const result = await provider.getWebhookActionAndData({ data: JSON.parse(payload), rawData: Buffer.from(payload), headers: { "stripe-signature": header } })
    expect(result).toEqual({ action: "captured", data: { session_id: "payses_4", amount: 350000 } })

    const forged = StripeSdk.webhooks.generateTestHeaderString({ payload, secret: "whsec_wrong" })
    await expect(provider.getWebhookActionAndData({ data: JSON.parse(payload), rawData: Buffer.from(payload), headers: { "stripe-signature": forged } }))
      .rejects.toThrow(/signature/i)
  })
})
