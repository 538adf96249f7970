import { describe, expect, it } from "vitest"
import type { AuthorizePaymentInput, CancelPaymentInput, CapturePaymentInput, InitiatePaymentInput, RefundPaymentInput } from "@medusajs/framework/types"
import { LoopbackStripeProviderService, StripeSdk } from "../../../src/providers/stripe-loopback/service"

/**
 * Opt-in: talks to Stripe's real test mode with Medusa's own provider behaviour (no API host
 * override), to confirm what the loopback fake assumes: IDR and USD amounts in Stripe's units,
 * authorize → capture → partial refund. Runs only when STRIPE_API_KEY is a test key (sk_test_…)
 * and STRIPE_API_HOST is unset; needs network access to api.stripe.com.
 */
const key = process.env.STRIPE_API_KEY ?? ""
const live = key.startsWith("sk_test_") && !process.env.STRIPE_API_HOST

describe.skipIf(!live)("Stripe test mode (opt-in: runs only with STRIPE_API_KEY=sk_test_… and no STRIPE_API_HOST; skipped otherwise)", () => {
  const provider = new LoopbackStripeProviderService({}, { apiKey: key, webhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? "whsec_unused" })
  const stripe = new StripeSdk(key)
  const cardOnly = { payment_method_types: ["card"] }

  it("charges Rp 350.000 as 35 000 000 minor units, captures it and refunds Rp 25.000 as 2 500 000", async () => {
    const session = await provider.initiatePayment({ amount: 350000, currency_code: "idr", data: { session_id: `canting_test_${Date.now()}`, ...cardOnly } } as InitiatePaymentInput)
    const created = await stripe.paymentIntents.retrieve(session.id)
    expect(created).toMatchObject({ amount: 35000000, currency: "idr", capture_method: "manual" })

    await stripe.paymentIntents.confirm(session.id, { payment_method: "pm_card_visa" })
    expect((await provider.authorizePayment({ data: { id: session.id } } as AuthorizePaymentInput)).status).toBe("authorized")
    await provider.capturePayment({ data: { id: session.id } } as CapturePaymentInput)
    expect(await stripe.paymentIntents.retrieve(session.id)).toMatchObject({ status: "succeeded", amount_received: 35000000 })

    await provider.refundPayment({ amount: 25000, data: { id: session.id, currency: "idr" } } as RefundPaymentInput)
    const refunds = await stripe.refunds.list({ payment_intent: session.id })
    expect(refunds.data.map((r) => r.amount)).toEqual([2500000])
  }, 60_000)

  it("charges US$ 22.50 as 2 250 cents", async () => {
    const session = await provider.initiatePayment({ amount: 22.5, currency_code: "usd", data: { session_id: `canting_test_${Date.now()}`, ...cardOnly } } as InitiatePaymentInput)
    expect(await stripe.paymentIntents.retrieve(session.id)).toMatchObject({ amount: 2250, currency: "usd" })
    await provider.cancelPayment({ data: { id: session.id } } as CancelPaymentInput)
  }, 60_000)
})
