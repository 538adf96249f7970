import type { MiddlewareRoute } from "@medusajs/framework/http"
import { verifyStripeWebhookSignature } from "../../hooks/payment/stripe-signature"
import { paymentCollectionCartGuard, refuseEmptyCompletion, storeCartGuard } from "./guards"

/**
 * Checkout safety. The cart guards are global middlewares (no `methods`): Medusa sorts those
 * before its own route validators, so bad input gets our translated field errors first.
 */
export const storeCartMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts", middlewares: [storeCartGuard] },
  { matcher: "/store/payment-collections", middlewares: [paymentCollectionCartGuard] },
  { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [refuseEmptyCompletion] },
  { matcher: "/hooks/payment/:provider", methods: ["POST"], middlewares: [verifyStripeWebhookSignature()] },
]
