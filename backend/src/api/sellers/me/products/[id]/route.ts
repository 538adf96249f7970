import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { UpdateProductDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { updateSellerProductWorkflow } from "../../../../../workflows/seller-product/workflows/update-seller-product"
import { productMetadata } from "../../../../../workflows/seller-product/to-product-input"
import { currentSellerId, respondWithGuards } from "../../../../utils/seller-context"
import { SELLER_PRODUCT_FIELDS, withEnglish, withStockAlerts } from "../route"
import type { SellerProductUpdateType } from "../validators"

/** One of the signed-in seller's products; another seller's id is simply not found. */
async function ownProduct(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const sellerId = await currentSellerId(req)
  const { data: [product] } = await query.graph({ entity: "product", fields: [...SELLER_PRODUCT_FIELDS, "seller.id"], filters: { id: req.params.id } })
  const row = product as ({ id: string; seller?: { id: string } | null } & Record<string, unknown>) | undefined
  if (!row || row.seller?.id !== sellerId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  const { seller: _, ...rest } = row
  return { sellerId, product: (await withStockAlerts(req, sellerId, await withEnglish(req, [rest])))[0] }
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ product: (await ownProduct(req)).product })
}

/** Edits copy, facts, images or status (publish/unpublish) of the seller's own product. */
export async function POST(req: AuthenticatedMedusaRequest<SellerProductUpdateType>, res: MedusaResponse) {
  const { sellerId, product } = await ownProduct(req)
  const body = req.validatedBody
  if (body.variants) {
    return res.status(400).json({ type: "invalid_data", message: "variants: edit variants by creating a new listing for now", errors: [{ field: "variants", code: "invalid" }] })
  }
  // Turning wholesale off drops the minimum with it, so the listing sells by the piece again.
  const dropMinimum = body.wholesale === false && body.min_order_quantity === undefined ? { min_order_quantity: null } : {}
  const update: UpdateProductDTO = { metadata: { ...(product.metadata ?? {}), ...productMetadata(body), ...dropMinimum } }
  if (body.title?.id) update.title = body.title.id
  if (body.description?.id !== undefined) update.description = body.description.id
  if (body.status) update.status = body.status
  if (body.images) Object.assign(update, { images: body.images.map((url) => ({ url })), thumbnail: body.images[0] ?? null })
  await respondWithGuards(req, res, async () => {
    await updateSellerProductWorkflow(req.scope).run({
      input: { seller_id: sellerId, product_id: product.id, update, en: { title: body.title?.en, description: body.description?.en } },
    })
    res.json({ product: (await ownProduct(req)).product })
  })
}

/** Removes the seller's own product. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { product } = await ownProduct(req)
  await deleteProductsWorkflow(req.scope).run({ input: { ids: [product.id] } })
  res.json({ id: product.id, object: "product", deleted: true })
}
