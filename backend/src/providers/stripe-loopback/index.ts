import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { LoopbackStripeProviderService } from "./service"

/** Registered as `{ resolve: "./src/providers/stripe-loopback", id: "stripe" }` → provider id `pp_stripe_stripe`. */
export default ModuleProvider(Modules.PAYMENT, { services: [LoopbackStripeProviderService] })
