import type { CreateProductWorkflowInputDTO, ProductStatus } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import { ensureSellerCanListStep } from "../steps/ensure-seller-can-list"
import { upsertEnglishTranslationStep } from "../../translation/steps/upsert-translation"
import { setVariantStockStep } from "../steps/set-variant-stock"
import { resolveListingImagesStep } from "../steps/resolve-listing-images"
import { ensureTradeTermsStep } from "../steps/ensure-trade-terms"

export type CreateSellerProductInput = {
  seller_id: string
  location_id: string
  product: CreateProductWorkflowInputDTO & { status: ProductStatus }
  en: { title?: string; description?: string }
  stock: number[]
}

/**
 * A seller lists a piece: the product (its images with the sizes they were uploaded in, see
 * resolve-listing-images), its link to the seller, its English copy and its stock.
 */
export const createSellerProductWorkflow = createWorkflow("create-seller-product", (input: CreateSellerProductInput) => {
  ensureSellerCanListStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id, status: input.product.status, creating: true })))
  ensureTradeTermsStep(transform({ input }, ({ input }) => ({ metadata: input.product.metadata })))
  const images = resolveListingImagesStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id, urls: input.product.images?.flatMap((i) => (i.url ? [i.url] : [])) })))
  const products = createProductsWorkflow.runAsStep({
    input: transform({ input, images }, ({ input, images }) => ({
      products: [images ? { ...input.product, images: images.images, thumbnail: images.thumbnail } : input.product],
    })),
  })
  const productId = transform({ products }, ({ products }) => products[0].id)
  createRemoteLinkStep(transform({ input, productId }, ({ input, productId }) => [
    { [SELLER_MODULE]: { seller_id: input.seller_id }, [Modules.PRODUCT]: { product_id: productId } },
  ]))
  upsertEnglishTranslationStep(transform({ input, productId }, ({ input, productId }) => ({ reference: "product", reference_id: productId, fields: input.en })))
  setVariantStockStep(transform({ input, productId }, ({ input, productId }) => ({
    product_id: productId, location_id: input.location_id, stock: input.stock, titles: (input.product.variants ?? []).map((v) => v.title),
  })))
  return new WorkflowResponse(productId)
})
