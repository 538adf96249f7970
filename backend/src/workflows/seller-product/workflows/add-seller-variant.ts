import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import type { PriceRow } from "../price-tiers"
import { ensureSellerCanListStep } from "../steps/ensure-seller-can-list"
import { checkSellerVariantStep } from "../steps/check-seller-variant"
import { setVariantStockStep } from "../steps/set-variant-stock"

export type AddSellerVariantInput = {
  seller_id: string
  product_id: string
  location_id: string
  variant: { title: string; sku?: string; metadata: Record<string, unknown>; prices: PriceRow[] }
  stock: number
}

/** A seller adds a variant (size/colour, prices, stock) to one of its listings. */
export const addSellerVariantWorkflow = createWorkflow("add-seller-variant", (input: AddSellerVariantInput) => {
  ensureSellerCanListStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id })))
  checkSellerVariantStep(transform({ input }, ({ input }) => ({
    seller_id: input.seller_id, product_id: input.product_id, title: input.variant.title, sku: input.variant.sku,
  })))
  const created = createProductVariantsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      product_variants: [{ ...input.variant, product_id: input.product_id, manage_inventory: true }],
    })),
  })
  const variantId = transform({ created }, ({ created }) => created[0].id)
  setVariantStockStep(transform({ input, variantId }, ({ input, variantId }) => ({
    product_id: input.product_id, location_id: input.location_id, stock: [input.stock], titles: [input.variant.title], variant_ids: [variantId],
  })))
  return new WorkflowResponse(variantId)
})
