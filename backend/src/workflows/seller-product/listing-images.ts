import { IMAGE_VARIANTS_KEY, type ImageVariant } from "@canting/domain"
import { thumbnailOf } from "../../lib/uploads/responsive-image"

/** A product image as Medusa stores it; `metadata.variants` lists the sizes it was stored in. */
export type ListingImage = { url: string; metadata?: Record<string, unknown> }
export type ListingImages = { images: ListingImage[]; thumbnail: string | null }

/**
 * A listing's images in the seller's order, each carrying the sizes we know it was stored in
 * (`known`, looked up by the caller from our own records), and its thumbnail: the first picture's
 * tile size. A picture without known sizes (uploaded before variants existed) stays a plain URL.
 */
export function listingImages(urls: string[], known: ReadonlyMap<string, ImageVariant[]>): ListingImages {
  const images = urls.map((url): ListingImage => {
    const variants = known.get(url) ?? []
    return variants.length ? { url, metadata: { [IMAGE_VARIANTS_KEY]: variants } } : { url }
  })
  const first = urls[0]
  const thumbnail = first === undefined ? null : (thumbnailOf(known.get(first) ?? [])?.url ?? first)
  return { images, thumbnail }
}
