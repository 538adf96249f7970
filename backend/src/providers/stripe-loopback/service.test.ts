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
    const session = await provider.initiatePayment({ amount: 350000, currency_code: "idr", data: { session_id: "payses_1" } })
    expect(created()).toMatchObject({ amount: "35000000", currency: "idr", capture_method: "manual", metadata: { session_id: "payses_1" } })
    expect(session.id).toMatch(/^pi_/)
    expect(session.status).toBe("pending")
    // The amount read back from Stripe is in rupiah again.
    const retrieved = await provider.retrievePayment({ data: { id: session.id } })
    expect(retrieved.data?.amount).toBe(350000)
  })

  it("sends USD in cents, including fractional dollars", async () => {
    await provider.initiatePayment({ amount: 22.5, currency_code: "usd", data: { session_id: "payses_2" } })
    expect(created()).toMatchObject({ amount: "2250", currency: "usd" })
  })

  it("updates, captures and refunds IDR amounts in minor units", async () => {
    const { id } = await provider.initiatePayment({ amount: 350000, currency_code: "idr", data: { session_id: "payses_3" } })
    const intent = fake.intents.get(id)!
    await provider.updatePayment({ amount: 375000, currency_code: "idr", data: { id, amount: intent.amount } })
    expect(fake.requestsTo("POST", new RegExp(`^/v1/payment_intents/${id}$`)).at(-1)!.body.amount).toBe("37500000")
    fake.pay(id)
    expect((await provider.authorizePayment({ data: { id } })).status).toBe("authorized")
    await provider.capturePayment({ data: { id } })
    expect(fake.intents.get(id)!.status).toBe("succeeded")
    await provider.refundPayment({ amount: 25000, data: { id, currency: "idr" } })
    expect(fake.refunds).toEqual([expect.objectContaining({ amount: 2500000, currency: "idr", payment_intent: id })])
  })

  it("turns a signed payment_intent.succeeded into a successful action in major units, and refuses a bad signature", async () => {
    const { id } = await provider.initiatePayment({ amount: 350000, currency_code: "idr", data: { session_id: "payses_4" } })
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

  it("takes the browser's confirmation only with the intent's client secret: 4242 authorises, 4000 0000 0000 0002 is declined with Stripe's card error", async () => {
    const { id } = await provider.initiatePayment({ amount: 48.5, currency_code: "usd", data: { session_id: "payses_5" } })
    const secret = fake.intents.get(id)!.client_secret
    const browser = (body: Record<string, string>, key = "pk_test_fake") => fetch(`${fake.url}/v1/payment_intents/${id}/confirm`, {
      method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/x-www-form-urlencoded", origin: "http://shop.test" },
      body: new URLSearchParams(body),
    })
    const card = (number: string, client_secret = secret) => ({ client_secret, "payment_method_data[type]": "card", "payment_method_data[card][number]": number })

    const preflight = await fetch(`${fake.url}/v1/payment_intents/${id}/confirm`, { method: "OPTIONS" })
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*")

    const wrongSecret = await browser(card("4242424242424242", `${id}_secret_not_it`))
    expect(wrongSecret.status).toBe(400)
    expect((await wrongSecret.json()).error).toMatchObject({ param: "client_secret" })
    // A publishable key cannot create intents or capture them.
    expect((await fetch(`${fake.url}/v1/payment_intents`, { method: "POST", headers: { authorization: "Bearer pk_test_fake" }, body: "amount=1&currency=usd" })).status).toBe(401)

    const declined = await browser(card("4000 0000 0000 0002"))
    expect(declined.status).toBe(402)
    expect((await declined.json()).error).toMatchObject({ type: "card_error", code: "card_declined", message: "Your card was declined." })
    expect((await provider.authorizePayment({ data: { id } })).status).not.toBe("authorized")

    const paid = await browser(card("4242424242424242"))
    expect(paid.status).toBe(200)
    expect(await paid.json()).toMatchObject({ id, amount: 4850, currency: "usd", status: "requires_capture" })
    expect((await provider.authorizePayment({ data: { id } })).status).toBe("authorized")
  })
})
