import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInventoryLevelsWorkflow, updateInventoryLevelsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import type { PriceRow } from "../price-tiers"
import { ensureSellerCanListStep } from "../steps/ensure-seller-can-list"
import { checkSellerVariantStep } from "../steps/check-seller-variant"
import { planVariantStockStep } from "../steps/plan-variant-stock"

export type UpdateSellerVariantInput = {
  seller_id: string
  product_id: string
  variant_id: string
  location_id: string
  /** Only what changes; `prices` is the variant's complete price list after the change, tiers included. */
  update: { title?: string; sku?: string; metadata?: Record<string, unknown>; prices?: PriceRow[] }
  /** The stocked quantity at the seller's location; reservations stay as they are. */
  stock?: number
}

/** A seller changes a variant's size/colour, SKU, prices or stock. */
export const updateSellerVariantWorkflow = createWorkflow("update-seller-variant", (input: UpdateSellerVariantInput) => {
  ensureSellerCanListStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id })))
  checkSellerVariantStep(transform({ input }, ({ input }) => ({
    seller_id: input.seller_id, product_id: input.product_id, variant_id: input.variant_id, title: input.update.title, sku: input.update.sku,
  })))
  const plan = planVariantStockStep(transform({ input }, ({ input }) => ({ variant_id: input.variant_id, location_id: input.location_id, stock: input.stock })))
  when("variant-fields-changed", { input }, ({ input }) => Object.keys(input.update).length > 0).then(() => {
    updateProductVariantsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ product_variants: [{ id: input.variant_id, ...input.update }] })),
    })
  })
  when("stock-level-exists", { plan }, ({ plan }) => plan.updates.length > 0).then(() => {
    updateInventoryLevelsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ updates: plan.updates })) })
  })
  when("stock-level-missing", { plan }, ({ plan }) => plan.creates.length > 0).then(() => {
    createInventoryLevelsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ inventory_levels: plan.creates })) })
  })
  return new WorkflowResponse(input.variant_id)
})
