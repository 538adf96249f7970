import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { IMAGE_VARIANTS_KEY, imageVariants, type ImageVariant } from "@canting/domain"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { listingImages, type ListingImages } from "../listing-images"

type Input = { seller_id: string; product_id?: string; urls?: string[] }

/**
 * The product images for the URLs a seller chose (none given: images are not being changed, null).
 * Sizes come from the seller's upload records, or for a picture the product already shows (the
 * seed's demo photos) from that image; whatever the request carried besides the URLs is ignored.
 */
export const resolveListingImagesStep = createStep("resolve-listing-images", async (input: Input, { container }) => {
  if (!input.urls) return new StepResponse<ListingImages | null>(null)
  const known = new Map<string, ImageVariant[]>()
  if (input.product_id) {
    const product = await container.resolve(Modules.PRODUCT).retrieveProduct(input.product_id, { relations: ["images"] })
    for (const image of product.images ?? []) known.set(image.url, imageVariants(image.metadata))
  }
  if (input.urls.length) {
    const uploads = await container.resolve<SellerModuleService>(SELLER_MODULE)
      .listSellerUploads({ seller_id: input.seller_id, url: input.urls }, { select: ["url", "variants"] })
    for (const upload of uploads) {
      const variants = imageVariants({ [IMAGE_VARIANTS_KEY]: upload.variants })
      if (variants.length) known.set(upload.url, variants)
    }
  }
  return new StepResponse<ListingImages | null>(listingImages(input.urls, known))
})
