import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendInvalid } from "../../utils/errors"
import { StripeSdk } from "../../../providers/stripe-loopback/service"
import { envVars, type EnvSource } from "../../../env"

/** Provider ids under which Stripe's webhook may be delivered: /hooks/payment/pp_stripe_stripe or /hooks/payment/stripe_stripe. */
export const STRIPE_WEBHOOK_PROVIDERS = ["pp_stripe_stripe", "stripe_stripe"]

/**
 * Medusa's webhook route answers 200 to anything and checks the signature only later, in its
 * subscriber. This middleware checks it at the edge: a missing or forged `stripe-signature`
 * answers 400 and nothing is queued, so a forged event can change nothing.
 */
export function verifyStripeWebhookSignature(source?: EnvSource) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const env = envVars(["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET"], source)
    if (!STRIPE_WEBHOOK_PROVIDERS.includes(String(req.params?.provider)) || !env.STRIPE_API_KEY) return next()
    const raw = req.rawBody as Buffer | string | undefined
    const signature = req.headers["stripe-signature"]
    try {
      if (!env.STRIPE_WEBHOOK_SECRET || !raw || typeof signature !== "string") throw new Error("unsigned")
      StripeSdk.webhooks.constructEvent(raw, signature, env.STRIPE_WEBHOOK_SECRET)
    } catch {
      return sendInvalid(req, res, [{ field: "stripe-signature", code: "webhook_signature" }])
    }
    next()
  }
}
