import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { linkOrderToSellers, unlinkOrderSellers } from "../steps/link-order-sellers"

/**
 * At checkout, inside the cart-completion workflow: the new order is linked to each seller
 * whose pieces it contains before the shopper gets the confirmation, so every workshop sees
 * it at once. `orderCreated` exists at runtime in 2.21 but is not in the exported hook types.
 */
const hooks = completeCartWorkflow.hooks as unknown as {
  orderCreated: (
    handler: (input: { order_id: string; cart_id: string }, context: { container: any }) => Promise<StepResponse<unknown, unknown>>,
    compensate?: (undo: any, context: { container: any }) => Promise<void>
  ) => void
}

// Should a Medusa upgrade drop the hook, the order.placed subscriber still links every order (a moment later).
if (typeof hooks.orderCreated === "function") {
  hooks.orderCreated(
    async ({ order_id }, { container }) => {
      const result = await linkOrderToSellers(container, order_id)
      return new StepResponse(result, { order_id, created: result.created })
    },
    async (undo, { container }) => {
      if (undo) await unlinkOrderSellers(container, undo.order_id, undo.created)
    }
  )
}
