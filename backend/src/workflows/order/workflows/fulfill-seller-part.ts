import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createOrderFulfillmentWorkflow, createOrderShipmentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { prepareSellerFulfillmentStep } from "../steps/prepare-seller-fulfillment"
import { notifyOrderShippedStep } from "../steps/notify-order-shipped"

export type FulfillSellerPartInput = {
  order_id: string
  seller_id: string
  /** the seller member who sends it */
  created_by?: string
  tracking_number: string
  carrier?: string | null
  tracking_url?: string | null
}

/**
 * A workshop sends its part of an order, once the payment is captured: one fulfilment for all of
 * its items not yet sent (Medusa's order fulfilment from the seller's own location, with the
 * shipping option the shopper chose for this seller), marked shipped with
 * the tracking label, then the shopper is told. Other sellers' items are never touched.
 * A lock per order keeps two simultaneous requests from sending the same items twice.
 */
export const fulfillSellerPartWorkflow = createWorkflow("fulfill-seller-part", (input: FulfillSellerPartInput) => {
  const lockKey = transform({ input }, ({ input }) => `fulfill-seller-part:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 60, ttl: 120 })
  const plan = prepareSellerFulfillmentStep(transform({ input }, ({ input }) => ({ order_id: input.order_id, seller_id: input.seller_id })))

  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ input, plan }, ({ input, plan }) => ({
      order_id: input.order_id, items: plan.items, location_id: plan.location_id, shipping_option_id: plan.shipping_option_id, created_by: input.created_by,
      metadata: { seller_id: input.seller_id, carrier: input.carrier ?? null },
    })),
  })
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ input, plan, fulfillment }, ({ input, plan, fulfillment }) => ({
      order_id: input.order_id, fulfillment_id: fulfillment.id, items: plan.items, created_by: input.created_by,
      labels: [{ tracking_number: input.tracking_number, tracking_url: input.tracking_url ?? "", label_url: "" }],
    })),
  })
  notifyOrderShippedStep(transform({ input, plan, fulfillment }, ({ input, plan, fulfillment }) => ({
    order_id: input.order_id, seller_id: input.seller_id, fulfillment_id: fulfillment.id, item_ids: plan.items.map((i) => i.id),
    tracking_number: input.tracking_number, carrier: input.carrier, tracking_url: input.tracking_url,
  })))
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ fulfillment }, ({ fulfillment }) => fulfillment.id as string))
})
