import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateSellerVariantWorkflow, type UpdateSellerVariantInput } from "../../../../../../../workflows/seller-product/workflows/update-seller-variant"
import { deleteSellerVariantWorkflow } from "../../../../../../../workflows/seller-product/workflows/delete-seller-variant"
import { variantLabel, variantMetadata } from "../../../../../../../workflows/seller-product/to-product-input"
import { currentSellerId } from "../../../../../../utils/seller-context"
import type { SellerVariantUpdateType } from "../../../validators"
import { productVariant, respondWithProduct, respondWithVariantGuards, sellerLocationId, sizeAndColour } from "../variant-context"

/** The variant's complete price list after replacing the currencies given. */
function mergedPrices(current: { amount: unknown; currency_code: string }[], given: { idr?: number; usd?: number }) {
  // Query gives an amount as a number or as a BigNumber-like `{ value }`.
  const byCurrency = new Map(current.filter(Boolean).map((p) => [p.currency_code, Number((p.amount as { value?: unknown } | null)?.value ?? p.amount)]))
  for (const [currency, amount] of Object.entries(given)) if (amount !== undefined) byCurrency.set(currency, amount)
  return [...byCurrency].map(([currency_code, amount]) => ({ currency_code, amount }))
}

/**
 * Changes one variant of the seller's own listing: size/colour, SKU, prices (each given currency
 * replaced) and stock (stocked quantity at the seller's location, never below what is reserved) → `{ product }`.
 */
export async function POST(req: AuthenticatedMedusaRequest<SellerVariantUpdateType>, res: MedusaResponse) {
  const sellerId = await currentSellerId(req)
  const body = req.validatedBody
  const variant = await productVariant(req)
  if (!variant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${req.params.variantId} was not found`)
  const update: UpdateSellerVariantInput["update"] = {}
  if (body.size !== undefined || body.colour !== undefined) {
    const next = { ...sizeAndColour(variant), ...(body.size !== undefined && { size: body.size || undefined }), ...(body.colour !== undefined && { colour: body.colour || undefined }) }
    Object.assign(update, { title: variantLabel(next), metadata: { ...(variant.metadata ?? {}), ...variantMetadata(next) } })
  }
  if (body.sku !== undefined) update.sku = body.sku
  if (body.prices) update.prices = mergedPrices(variant.prices ?? [], body.prices)
  const locationId = await sellerLocationId(req)
  await respondWithVariantGuards(req, res, async () => {
    await updateSellerVariantWorkflow(req.scope).run({
      input: { seller_id: sellerId, product_id: req.params.id, variant_id: variant.id, location_id: locationId, update, stock: body.stock },
    })
    await respondWithProduct(req, res, req.params.id)
  })
}

/** Removes one variant of the seller's own listing; the last one stays (409 `last_variant`) → `{ product }`. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sellerId = await currentSellerId(req)
  await respondWithVariantGuards(req, res, async () => {
    await deleteSellerVariantWorkflow(req.scope).run({ input: { seller_id: sellerId, product_id: req.params.id, variant_id: req.params.variantId } })
    await respondWithProduct(req, res, req.params.id)
  })
}
