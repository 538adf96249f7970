import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateSellerVariantWorkflow, type UpdateSellerVariantInput } from "../../../../../../../workflows/seller-product/workflows/update-seller-variant"
import { deleteSellerVariantWorkflow } from "../../../../../../../workflows/seller-product/workflows/delete-seller-variant"
import { variantLabel, variantMetadata } from "../../../../../../../workflows/seller-product/to-product-input"
import { currentSellerId } from "../../../../../../utils/seller-context"
import { sendInvalid, type FieldError } from "../../../../../../utils/errors"
import { splitPriceRows, tierProblems, variantPriceRows, type PriceRow } from "../../../../../../../workflows/seller-product/price-tiers"
import type { SellerVariantUpdateType } from "../../../validators"
import { productVariant, respondWithProduct, respondWithVariantGuards, sellerLocationId, sizeAndColour, type VariantRow } from "../variant-context"

/**
 * The variant's complete price list after the edit: each given currency's own price replaced, the
 * tiers replaced when given (an empty list removes them) and otherwise kept, checked together so a
 * lowered price cannot leave a dearer tier behind. Field errors name what the seller sent.
 */
function mergedPrices(current: VariantRow["prices"], body: SellerVariantUpdateType): { rows: PriceRow[] } | { errors: FieldError[] } {
  const stored = splitPriceRows(current ?? [])
  const base = { ...stored.base, ...Object.fromEntries(Object.entries(body.prices ?? {}).filter(([, v]) => v !== undefined)) }
  const tiers = body.tiers ?? stored.tiers
  const problems = tierProblems(tiers, base)
  if (problems.length) {
    // Kept tiers the seller did not send: the fault is in the new price of the same currency.
    const errors = body.tiers ? problems : problems.map((e) => ({ field: e.field.replace(/^tiers\.\d+\./, ""), code: e.code }))
    return { errors: [...new Map(errors.map((e) => [e.field, e])).values()] }
  }
  return { rows: variantPriceRows(base, tiers) }
}

/**
 * Changes one variant of the seller's own listing: size/colour, SKU, prices (each given currency
 * replaced), price tiers (replaced as a list) and stock (stocked quantity at the seller's location, never below what is reserved) → `{ product }`.
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
  if (body.prices || body.tiers) {
    const merged = mergedPrices(variant.prices, body)
    if ("errors" in merged) return sendInvalid(req, res, merged.errors)
    update.prices = merged.rows
  }
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
