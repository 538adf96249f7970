import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linkOrderSellersStep } from "../steps/link-order-sellers"
import { notifyOrderPlacedStep } from "../steps/notify-order-placed"

/**
 * After an order is placed: make sure it is linked to its sellers (a no-op after checkout's
 * hook; needed for orders placed another way, e.g. a converted draft order), then notify the
 * shopper and each seller.
 */
export const orderPlacedWorkflow = createWorkflow("canting-order-placed", (input: { order_id: string }) => {
  const linked = linkOrderSellersStep(input)
  notifyOrderPlacedStep(input)
  return new WorkflowResponse(linked)
})
