import type { ModuleProviderExports } from "@medusajs/framework/types"
import StripeModule from "@medusajs/medusa/payment-stripe"
import type MedusaStripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"
import Stripe from "stripe"

/** Medusa's Stripe options plus where the Stripe API lives (a loopback fake in tests, e.g. `http://127.0.0.1:12111`). */
export type LoopbackStripeOptions = StripeOptions & { apiHost?: string }

// The Stripe SDK that Medusa's provider was built and tested with: backend/package.json pins
// `stripe` to the version @medusajs/payment-stripe uses (scripts/lib/declared-deps.test.mjs checks).
export const StripeSdk = Stripe

// Medusa's provider class, taken from the provider module it registers (identifier "stripe").
const MedusaStripeProvider = (StripeModule as ModuleProviderExports).services.find(
  (service) => (service as { identifier?: string }).identifier === "stripe",
) as unknown as typeof MedusaStripeProviderService

/** `http://127.0.0.1:12111` → the SDK's `{ host, port, protocol }`. */
export function stripeClientConfig(apiHost: string) {
  const url = new URL(apiHost)
  const protocol: "http" | "https" = url.protocol === "http:" ? "http" : "https"
  return { host: url.hostname, port: Number(url.port || (protocol === "http" ? 80 : 443)), protocol }
}

/**
 * Medusa's Stripe provider (same identifier, so the provider id stays `pp_stripe_stripe`) whose
 * Stripe client talks to `apiHost` instead of api.stripe.com. Medusa builds its client from the
 * API key only; everything else (amount conversion, statuses, webhooks) is inherited unchanged.
 * Amounts: Medusa stores major units and converts with ×100 for IDR and USD, which is what Stripe
 * expects (IDR is not zero-decimal in Stripe's API) — see service.test.ts.
 */
export class LoopbackStripeProviderService extends MedusaStripeProvider {
  static identifier = "stripe"

  constructor(cradle: Record<string, unknown>, options: LoopbackStripeOptions) {
    super(cradle, options)
    if (options.apiHost) {
      this.stripe_ = new StripeSdk(options.apiKey, { ...stripeClientConfig(options.apiHost), telemetry: false, maxNetworkRetries: 0 })
    }
  }
}

export default LoopbackStripeProviderService
