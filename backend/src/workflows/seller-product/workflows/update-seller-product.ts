import type { ProductStatus, UpdateProductDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ensureSellerCanListStep } from "../steps/ensure-seller-can-list"
import { ensureTechniqueFitsCertificatesStep } from "../steps/ensure-technique-fits-certificates"
import { upsertEnglishTranslationStep } from "../../translation/steps/upsert-translation"
import { resolveListingImagesStep } from "../steps/resolve-listing-images"
import { ensureTradeTermsStep } from "../steps/ensure-trade-terms"

export type UpdateSellerProductInput = {
  seller_id: string
  product_id: string
  update: UpdateProductDTO & { status?: ProductStatus }
  en: { title?: string; description?: string }
}

/**
 * A seller edits or publishes/unpublishes one of its listings (publishing needs approval). New
 * images get their sizes from our records (resolve-listing-images) and the thumbnail follows the first.
 */
export const updateSellerProductWorkflow = createWorkflow("update-seller-product", (input: UpdateSellerProductInput) => {
  ensureSellerCanListStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id, status: input.update.status })))
  // The route hands the complete metadata (stored facts merged with the edit), so the terms are checked as they will be.
  ensureTradeTermsStep(transform({ input }, ({ input }) => ({ metadata: input.update.metadata })))
  ensureTechniqueFitsCertificatesStep(transform({ input }, ({ input }) => ({ product_id: input.product_id, technique: input.update.metadata?.technique as string | undefined })))
  const images = resolveListingImagesStep(transform({ input }, ({ input }) => ({
    seller_id: input.seller_id, product_id: input.product_id, urls: input.update.images?.flatMap((i) => (i.url ? [i.url] : [])),
  })))
  updateProductsWorkflow.runAsStep({
    input: transform({ input, images }, ({ input, images }) => ({
      selector: { id: input.product_id },
      update: images ? { ...input.update, images: images.images, thumbnail: images.thumbnail } : input.update,
    })),
  })
  upsertEnglishTranslationStep(transform({ input }, ({ input }) => ({ reference: "product", reference_id: input.product_id, fields: input.en })))
  return new WorkflowResponse(input.product_id)
})
