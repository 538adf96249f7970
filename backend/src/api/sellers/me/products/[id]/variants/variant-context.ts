import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { errorMessage } from "@canting/i18n"
import { hasErrorType, requestLocale } from "../../../../../utils/errors"
import { currentSellerId, refusalCode, respondWithGuards } from "../../../../../utils/seller-context"
import { sellerShipping } from "../../../../../../workflows/seller/seller-shipping"
import { SELLER_PRODUCT_FIELDS, withEnglish, withStockAlerts } from "../../route"

/** The signed-in seller's own stock location (where its listings are stocked). */
export async function sellerLocationId(req: AuthenticatedMedusaRequest): Promise<string> {
  return (await sellerShipping(req.scope, await currentSellerId(req))).location_id
}

/** A variant as productVariant reads it. */
export type VariantRow = {
  id: string; title: string; sku: string | null; metadata: Record<string, unknown> | null; product_id: string
  prices?: { amount: unknown; currency_code: string; min_quantity?: unknown; max_quantity?: unknown }[] | null
}

/** One variant of a product, with what a partial edit needs to keep (size, colour, prices). */
export async function productVariant(req: AuthenticatedMedusaRequest) {
  const { data: [variant] } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "variant", fields: ["id", "title", "sku", "metadata", "product_id", "prices.amount", "prices.currency_code", "prices.min_quantity", "prices.max_quantity"],
    filters: { id: req.params.variantId, product_id: req.params.id },
  })
  return variant as VariantRow | undefined
}

/** Size and colour of an existing variant: kept in metadata, else read back from its "size / colour" title. */
export function sizeAndColour(variant: { title?: string | null; metadata?: Record<string, unknown> | null }) {
  const m = variant.metadata ?? {}
  if ("size" in m || "colour" in m) return { size: (m.size as string | null) ?? undefined, colour: (m.colour as string | null) ?? undefined }
  const [size, colour] = (variant.title ?? "").split(" / ")
  return size && size !== "Standar" ? { size, colour } : {}
}

/** Answers `{ product }` as the seller's product routes do. */
export async function respondWithProduct(req: AuthenticatedMedusaRequest, res: MedusaResponse, productId: string, status = 200) {
  const { data: [product] } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product", fields: [...SELLER_PRODUCT_FIELDS, "variants.metadata"], filters: { id: productId },
  })
  res.status(status).json({ product: (await withStockAlerts(req, await currentSellerId(req), await withEnglish(req, [product])))[0] })
}

/**
 * Runs a variant change with the seller guards' answers (400 field errors, 404), except that a
 * refused change (last variant, reserved variant, locked shop) is a 409 in the project's error shape, translated.
 */
export async function respondWithVariantGuards(req: AuthenticatedMedusaRequest, res: MedusaResponse, run: () => Promise<void>) {
  await respondWithGuards(req, res, async () => {
    try {
      await run()
    } catch (err: unknown) {
      if (!hasErrorType(err, MedusaError.Types.NOT_ALLOWED)) throw err
      const code = refusalCode(err)
      const message = errorMessage(code, requestLocale(req))
      const field = code === "last_variant" || code === "variant_reserved" ? "variant_id" : "seller"
      res.status(409).json({ type: "not_allowed", code, message, errors: [{ field, code, message }] })
    }
  })
}
