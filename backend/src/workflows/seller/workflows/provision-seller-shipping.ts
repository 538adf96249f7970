import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ensureSellerStockLocationStep } from "../steps/ensure-seller-stock-location"
import { ensureSellerFulfillmentSetStep } from "../steps/ensure-seller-fulfillment-set"
import { ensureSellerShippingProfileStep } from "../steps/ensure-seller-shipping-profile"
import { ensureSellerShippingOptionsStep } from "../steps/ensure-seller-shipping-options"

export type ProvisionSellerShippingInput = { seller_id: string; name: string }

/**
 * Gives a workshop what it needs to ship on its own, once: its stock location (linked to the
 * seller and the storefront's sales channel), a shipping fulfillment set with Indonesia and
 * International service zones (manual provider), its shipping profile, and its demo-rate shipping
 * options. Every step keeps what already exists, so running it again (re-approval, reinstatement,
 * a seller's first listing) never duplicates anything. A lock per seller serialises two runs.
 */
export const provisionSellerShippingWorkflow = createWorkflow("provision-seller-shipping", (input: ProvisionSellerShippingInput) => {
  const lockKey = transform({ input }, ({ input }) => `provision-seller-shipping:${input.seller_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const location = ensureSellerStockLocationStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id })))
  const set = ensureSellerFulfillmentSetStep(transform({ input, location }, ({ input, location }) => ({ location_id: location.location_id, name: input.name })))
  const profile = ensureSellerShippingProfileStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id })))
  const options = ensureSellerShippingOptionsStep(transform({ input, profile, set }, ({ input, profile, set }) => ({
    seller_id: input.seller_id, profile_id: profile.profile_id, zones: set.zones,
  })))
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ location, profile, set, options }, ({ location, profile, set, options }) => ({
    location_id: location.location_id, profile_id: profile.profile_id, fulfillment_set_id: set.fulfillment_set_id, option_ids: options.option_ids,
  })))
})
