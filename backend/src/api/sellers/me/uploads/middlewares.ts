import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { unissuedImageUrls } from "../../../../lib/uploads/issued-urls"
import { isImageUrl } from "../../../../lib/uploads/file-urls"
import { SELLER_MODULE } from "../../../../modules/seller"
import type SellerModuleService from "../../../../modules/seller/service"
import { currentSellerId } from "../../../utils/seller-context"
import { sendInvalid } from "../../../utils/errors"

type ImageField = { field: string; url: string }

/**
 * Refuses image URLs the seller was not issued (see lib/uploads/issued-urls): 400 naming each field
 * (`images.1`, `logo_url`) with `image_not_uploaded`. Malformed values are left to the zod validators.
 */
function requireIssuedImages(
  pick: (body: Record<string, unknown>) => ImageField[],
  held: (req: AuthenticatedMedusaRequest, sellerId: string) => Promise<string[]> = async () => [],
) {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const fields = pick((req.validatedBody ?? req.body ?? {}) as Record<string, unknown>).map((f) => ({ ...f, url: f.url.trim() }))
    if (!fields.length) return next()
    const sellerId = await currentSellerId(req)
    const refused = await unissuedImageUrls(req.scope, sellerId, fields.map((f) => f.url), await held(req, sellerId))
    const errors = fields.filter((f) => refused.has(f.url)).map((f) => ({ field: f.field, code: "image_not_uploaded" }))
    if (errors.length) return sendInvalid(req, res, errors)
    next()
  }
}

const listingImages = (body: Record<string, unknown>): ImageField[] =>
  Array.isArray(body.images) ? body.images.flatMap((url: unknown, i: number) => (isImageUrl(url) ? [{ field: `images.${i}`, url }] : [])) : []

const profileImages = (body: Record<string, unknown>): ImageField[] =>
  (["logo_url", "banner_url"] as const).flatMap((field) => {
    const url = body[field]
    return isImageUrl(url) ? [{ field, url }] : []
  })

/** The images the seller's own product already shows (e.g. demo photos from the seed) stay acceptable. */
async function productImages(req: AuthenticatedMedusaRequest, sellerId: string): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({ entity: "product", fields: ["thumbnail", "images.url", "seller.id"], filters: { id: req.params.id } })
  const row = product as { thumbnail?: string | null; images?: ({ url?: string | null } | null)[] | null; seller?: { id: string } | null } | undefined
  if (!row || row.seller?.id !== sellerId) return []
  return [row.thumbnail, ...(row.images ?? []).map((img) => img?.url)].filter((u): u is string => !!u)
}

async function profileImagesHeld(req: AuthenticatedMedusaRequest, sellerId: string): Promise<string[]> {
  const seller = await req.scope.resolve<SellerModuleService>(SELLER_MODULE).retrieveSeller(sellerId, { select: ["logo_url", "banner_url"] })
  return [seller.logo_url, seller.banner_url].filter((u): u is string => !!u)
}

/** Listing images, logo and banner accept only URLs our upload route issued to the seller. */
export const sellerUploadMiddlewares: MiddlewareRoute[] = [
  { matcher: "/sellers/me", methods: ["POST"], middlewares: [requireIssuedImages(profileImages, profileImagesHeld)] },
  { matcher: "/sellers/me/products", methods: ["POST"], middlewares: [requireIssuedImages(listingImages)] },
  { matcher: "/sellers/me/products/:id", methods: ["POST"], middlewares: [requireIssuedImages(listingImages, productImages)] },
]
