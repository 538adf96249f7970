import { listShippingOptionsForCartWithPricingWorkflow, listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { cartProfilesContext } from "../cart-profiles"

type ContextHook = {
  setShippingOptionsContext: (handler: (input: { cart: { id: string } }, context: { container: MedusaContainer }) => Promise<StepResponse<unknown, unknown>>) => void
}

/**
 * The store's option listing (`GET /store/shipping-options?cart_id=`) and the priced listing that
 * adding, refreshing and validating a cart's shipping methods run both ask for the cart's shipping
 * profiles here: a workshop's option (ruled by `cartProfileRule`) matches only a cart holding its pieces.
 */
for (const workflow of [listShippingOptionsForCartWorkflow, listShippingOptionsForCartWithPricingWorkflow]) {
  ;(workflow.hooks as unknown as ContextHook).setShippingOptionsContext(async ({ cart }, { container }) => {
    return new StepResponse(await cartProfilesContext(container, cart.id))
  })
}
