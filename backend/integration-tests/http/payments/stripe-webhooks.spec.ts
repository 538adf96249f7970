import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, PaymentWebhookEvents } from "@medusajs/framework/utils"
import type { IWorkflowEngineService } from "@medusajs/framework/types"
import { startStripeFake, type StripeFake } from "../../fakes/stripe-fake"
import { StripeSdk } from "../../../src/providers/stripe-loopback/service"
import { createCheckoutFixture, readyCart, stockLevel, storeHeaders, type CheckoutFixture } from "../checkout/checkout-fixture"
import type { WithId } from "../../api-types"

// Stripe is configured before the app boots (medusa-config reads these): our provider talks to a
// loopback fake (listening before the first request), and received webhooks are processed after
// 50 ms instead of Medusa's 5 s.
const FAKE_PORT = 30000 + (process.pid % 20000)
process.env.STRIPE_API_KEY = "sk_test_fake"
process.env.STRIPE_WEBHOOK_SECRET = "whsec_test"
process.env.STRIPE_API_HOST = `http://127.0.0.1:${FAKE_PORT}`
process.env.PAYMENT_WEBHOOK_DELAY_MS = "50"
let fake: StripeFake
beforeAll(async () => {
  fake = await startStripeFake(FAKE_PORT)
})
afterAll(() => fake.close())

const fail = (e: { response?: unknown }) => e.response
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
/** Polls `read` until `done` holds; past the timeout, fails saying what it waited for and what it last saw. */
async function waitFor<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (done(value)) return value
    if (Date.now() > until) throw new Error(`waited ${timeoutMs / 1000} s for ${what}; last saw ${JSON.stringify(value)}`)
    await sleep(200)
  }
}

/** A Stripe event for the intent as it is now, and its signature (with the given secret). */
function stripeEvent(intent: Record<string, unknown>, type = "payment_intent.succeeded", secret = "whsec_test") {
  const payload = JSON.stringify({ id: `evt_${intent.id}_${type}`, object: "event", type, livemode: false, created: Math.floor(Date.now() / 1000), data: { object: intent } })
  return { payload, signature: StripeSdk.webhooks.generateTestHeaderString({ payload, secret }) as string }
}

/** A payment as the graph reads it back (the generated query type lacks the captures). */
type PaymentRow = { id: string; amount: number; currency_code: string; captured_at: string | null; canceled_at: string | null; captures: { amount: number }[] }
/** An event-bus message, as far as the watch reads it. */
type BusMessage = { name: string; data?: { payload?: { data?: { id?: string } } } }
/** The event bus with the spec's watch wrapped around `emit`. */
type WatchedBus = { emit: (data: BusMessage | BusMessage[], options?: unknown) => Promise<void>; stripeWebhooksSpecWatch?: boolean }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: CheckoutFixture
    const h = () => storeHeaders(fixture.key)
    const deliver = (event: { payload: string; signature?: string }) => api.post("/hooks/payment/pp_stripe_stripe", event.payload, {
      headers: { "content-type": "application/json", ...(event.signature ? { "stripe-signature": event.signature } : {}) },
    }).catch(fail)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const orderOfCart = async (cartId: string) => {
      const { data } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return data.map((d) => d.order_id as string)
    }
    const paymentsOfSession = async (sessionId: string) => {
      const { data } = await query().graph({ entity: "payment", fields: ["id", "amount", "currency_code", "captured_at", "canceled_at", "captures.amount"], filters: { payment_session_id: sessionId } })
      return data as unknown as PaymentRow[]
    }
    const captureTransactions = async (orderId: string) =>
      (await getContainer().resolve(Modules.ORDER).listOrderTransactions({ order_id: orderId })).filter((t) => t.reference === "capture")

    // Every run of Medusa's process-payment workflow (one per accepted webhook), with its end state.
    let processed: { state: string; errors: unknown[] }[] = []
    const processedCount = (n: number) => waitFor(`${n} run(s) of the process-payment workflow`, async () => processed.length, (count) => count >= n)
    // The id of every Stripe event Medusa's hook route queued for processing. The route queues an
    // event (emits payment.webhook_received, processed after PAYMENT_WEBHOOK_DELAY_MS) before it
    // answers, so once a delivery is answered this list says whether anything can still happen.
    let queued: string[] = []
    const watchQueue = () => {
      const bus = getContainer().resolve(Modules.EVENT_BUS) as unknown as WatchedBus
      if (bus.stripeWebhooksSpecWatch) return
      const emit = bus.emit.bind(bus)
      bus.emit = (data: BusMessage | BusMessage[], options?: unknown) => {
        for (const message of [data].flat()) if (message?.name === PaymentWebhookEvents.WebhookReceived) queued.push(message.data?.payload?.data?.id ?? "?")
        return emit(data, options)
      }
      bus.stripeWebhooksSpecWatch = true
    }

    beforeEach(async () => {
      fake.reset()
      processed = []
      queued = []
      watchQueue()
      await getContainer().resolve(Modules.WORKFLOW_ENGINE).subscribe({
        workflowId: "process-payment-workflow", subscriberId: "stripe-webhooks-spec",
        subscriber: (event: { eventType: string; state: string; errors?: unknown[] }) => {
          if (event.eventType === "onFinish") processed.push({ state: event.state, errors: event.errors ?? [] })
        },
      } as Parameters<IWorkflowEngineService["subscribe"]>[0])
      fixture = await createCheckoutFixture(getContainer(), { stock: 3 })
    })

    describe("Stripe next to bank transfer", () => {
      it("offers both providers in each region and creates the intent in Stripe's units: IDR × 100, USD in cents", async () => {
        const providers = await api.get(`/store/payment-providers?region_id=${fixture.regions.idr.id}`, h())
        expect(providers.data.payment_providers.map((p: WithId) => p.id).sort()).toEqual(["pp_stripe_stripe", "pp_system_default"])

        const idr = await readyCart(api, fixture, { provider: "pp_stripe_stripe" })
        // 350 000 cloth + 25 000 shipping = Rp 375 000 → 37 500 000 in Stripe's minor units.
        expect(idr.paymentSession.amount).toBe(375000)
        const created = fake.requestsTo("POST", /^\/v1\/payment_intents$/)
        expect(created).toHaveLength(1)
        expect(created[0].body).toMatchObject({ amount: "37500000", currency: "idr", metadata: { session_id: idr.paymentSession.id } })
        // The storefront's Payment Element needs the client secret.
        expect(idr.paymentSession.data.client_secret).toMatch(/^pi_.+_secret_/)

        const sg = { first_name: "Lee", last_name: "Buyer", address_1: "1 Raffles Place", city: "Singapore", postal_code: "048616", country_code: "sg", phone: "+6561234567" }
        await readyCart(api, fixture, { provider: "pp_stripe_stripe", region: "usd", address: sg })
        // US$ 22.50 + US$ 35 shipping = 5 750 cents.
        expect(fake.requestsTo("POST", /^\/v1\/payment_intents$/)[1].body).toMatchObject({ amount: "5750", currency: "usd" })
      })
    })

    describe("webhooks", () => {
      it("a signed payment_intent.succeeded places the order and captures it once; forged or repeated events change nothing", async () => {
        const { cartId, paymentSession } = await readyCart(api, fixture, { provider: "pp_stripe_stripe" })
        // The shopper paid in the browser and closed the tab before the storefront could complete the cart.
        const intent = fake.pay(paymentSession.data.id)
        Object.assign(intent, { status: "succeeded", amount_received: intent.amount, amount_capturable: 0 })

        const forged = await deliver(stripeEvent(intent, "payment_intent.succeeded", "whsec_wrong"))
        expect(forged.status).toBe(400)
        expect(forged.data.errors).toEqual([{ field: "stripe-signature", code: "webhook_signature", message: "Tanda tangan webhook tidak valid." }])
        expect((await deliver({ payload: stripeEvent(intent).payload })).status).toBe(400)
        // Refused at the edge: nothing was queued, so nothing can be processed later (no sleep needed).
        expect(queued).toEqual([])
        expect(processed).toEqual([])
        expect(await orderOfCart(cartId)).toEqual([])
        expect(await paymentsOfSession(paymentSession.id)).toEqual([])
        expect((await api.get(`/store/carts/${cartId}`, h())).data.cart.completed_at).toBeNull()

        const event = stripeEvent(intent)
        expect((await deliver(event)).status).toBe(200)
        // The signed one is queued as soon as it is answered (which shows the watch above sees the queue).
        expect(queued).toEqual([`evt_${intent.id}_payment_intent.succeeded`])
        const [orderId] = await waitFor("the order placed from the webhook", () => orderOfCart(cartId), (ids) => ids.length > 0)
        expect(orderId).toBeTruthy()
        const [payment] = await waitFor("the webhook's payment to be captured", () => paymentsOfSession(paymentSession.id), (p) => !!p[0]?.captured_at)
        expect(payment).toEqual(expect.objectContaining({ amount: 375000, currency_code: "idr" }))
        expect(payment.captured_at).toBeTruthy()
        expect(payment.captures.map((c) => c.amount)).toEqual([375000])
        expect(await stockLevel(getContainer(), fixture)).toEqual({ stocked: 3, reserved: 1 })

        await processedCount(1)

        // Stripe retries deliveries: the same event again is harmless.
        expect((await deliver(event)).status).toBe(200)
        await processedCount(2)
        // Exactly the two signed deliveries were queued and processed, nothing else.
        expect(queued).toHaveLength(2)
        expect(processed).toEqual([{ state: "done", errors: [] }, { state: "done", errors: [] }])
        expect(await orderOfCart(cartId)).toEqual([orderId])
        const [again] = await paymentsOfSession(paymentSession.id)
        expect(again.captures.map((c) => c.amount)).toEqual([375000])
        expect(again.canceled_at).toBeNull()
        expect((await captureTransactions(orderId)).map((t) => Number(t.amount))).toEqual([375000])
        expect(await stockLevel(getContainer(), fixture)).toEqual({ stocked: 3, reserved: 1 })
        expect(fake.refunds).toEqual([])
      })

      it("captures the authorized payment of an order placed from the browser when Stripe reports it succeeded, once", async () => {
        const { cartId, paymentSession } = await readyCart(api, fixture, { provider: "pp_stripe_stripe" })
        fake.pay(paymentSession.data.id) // card authorized, manual capture
        const completed = await api.post(`/store/carts/${cartId}/complete`, {}, h())
        expect(completed.data.type).toBe("order")
        const orderId = completed.data.order.id
        const [authorized] = await paymentsOfSession(paymentSession.id)
        expect(authorized.captured_at).toBeNull()

        // Captured on Stripe's side (e.g. from the dashboard); Stripe announces it.
        const intent = fake.intents.get(paymentSession.data.id)!
        Object.assign(intent, { status: "succeeded", amount_received: intent.amount, amount_capturable: 0 })
        const event = stripeEvent(intent)
        expect((await deliver(event)).status).toBe(200)
        const [captured] = await waitFor("the authorized payment to be captured", () => paymentsOfSession(paymentSession.id), (p) => !!p[0]?.captured_at)
        expect(captured.captured_at).toBeTruthy()
        expect(captured.captures.map((c) => c.amount)).toEqual([375000])

        await processedCount(1)
        expect((await deliver(event)).status).toBe(200)
        await processedCount(2)
        expect(queued).toHaveLength(2)
        expect(processed).toEqual([{ state: "done", errors: [] }, { state: "done", errors: [] }])
        expect((await paymentsOfSession(paymentSession.id))[0].captures).toHaveLength(1)
        expect((await captureTransactions(orderId)).map((t) => Number(t.amount))).toEqual([375000])
        expect(await orderOfCart(cartId)).toEqual([orderId])
      })
    })
  },
})
