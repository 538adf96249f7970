import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addSellerVariantWorkflow } from "../../../../../../workflows/seller-product/workflows/add-seller-variant"
import { variantLabel, variantMetadata } from "../../../../../../workflows/seller-product/to-product-input"
import { currentSellerId } from "../../../../../utils/seller-context"
import { variantPriceRows } from "../../../../../../workflows/seller-product/price-tiers"
import type { SellerVariantBodyType } from "../../validators"
import { respondWithProduct, respondWithVariantGuards, sellerLocationId } from "./variant-context"

/** Adds a variant (size/colour, SKU, IDR/USD prices and price tiers, stock) to the seller's own listing → 201 `{ product }`. */
export async function POST(req: AuthenticatedMedusaRequest<SellerVariantBodyType>, res: MedusaResponse) {
  const sellerId = await currentSellerId(req)
  const body = req.validatedBody
  const locationId = await sellerLocationId(req)
  await respondWithVariantGuards(req, res, async () => {
    await addSellerVariantWorkflow(req.scope).run({
      input: {
        seller_id: sellerId, product_id: req.params.id, location_id: locationId, stock: body.stock,
        variant: {
          title: variantLabel(body), sku: body.sku, metadata: variantMetadata(body),
          prices: variantPriceRows(body.prices, body.tiers),
        },
      },
    })
    await respondWithProduct(req, res, req.params.id, 201)
  })
}
