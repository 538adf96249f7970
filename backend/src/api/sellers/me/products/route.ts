import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ITranslationModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../../modules/seller"
import type SellerModuleService from "../../../../modules/seller/service"
import { createSellerProductWorkflow } from "../../../../workflows/seller-product/workflows/create-seller-product"
import { toProductInput } from "../../../../workflows/seller-product/to-product-input"
import { sellerShipping } from "../../../../workflows/seller/seller-shipping"
import { currentSellerId, respondWithGuards } from "../../../utils/seller-context"
import { sellerListingInput, type SellerProductBodyType } from "./validators"

export const SELLER_PRODUCT_FIELDS = [
  "id", "title", "description", "handle", "status", "thumbnail", "metadata", "created_at", "updated_at",
  "images.url", "variants.id", "variants.title", "variants.sku", "variants.prices.amount", "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
]

/** Adds each product's English title and description (Translation module) as `translations.en`. */
export async function withEnglish<P extends { id: string }>(req: AuthenticatedMedusaRequest, products: P[]) {
  if (!products.length) return products
  const translation = req.scope.resolve<ITranslationModuleService>(Modules.TRANSLATION)
  const rows = await translation.listTranslations({ reference: "product", reference_id: products.map((p) => p.id), locale_code: "en-US" })
  const byId = new Map(rows.map((r) => [r.reference_id, r.translations]))
  return products.map((p) => ({ ...p, translations: { en: byId.get(p.id) ?? {} } }))
}

/** The signed-in seller's listings, drafts included. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({ entity: "seller", fields: ["id", "products.id"], filters: { id: await currentSellerId(req) } })
  const ids = (((seller as { products?: ({ id: string } | null)[] | null } | undefined)?.products ?? []).filter(Boolean) as { id: string }[]).map((p) => p.id)
  const { data: products } = ids.length
    ? await query.graph({ entity: "product", fields: SELLER_PRODUCT_FIELDS, filters: { id: ids }, pagination: { order: { created_at: "DESC" } } })
    : { data: [] }
  res.json({ products: await withEnglish(req, products as { id: string }[]), count: products.length })
}

/** Lists a new piece: Indonesian/English copy, facts, variants with IDR/USD prices and stock at the seller's own location, shipped with its own profile; publishing needs approval. */
export async function POST(req: AuthenticatedMedusaRequest<SellerProductBodyType>, res: MedusaResponse) {
  const sellerId = await currentSellerId(req)
  const body = sellerListingInput(req.validatedBody)
  const seller = await req.scope.resolve<SellerModuleService>(SELLER_MODULE).retrieveSeller(sellerId)
  const [channel] = await req.scope.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { take: 1, order: { created_at: "ASC" } })
  const shipping = await sellerShipping(req.scope, sellerId)
  await respondWithGuards(req, res, async () => {
    const { result: productId } = await createSellerProductWorkflow(req.scope).run({
      input: {
        seller_id: sellerId, location_id: shipping.location_id,
        product: toProductInput(body, seller.handle, channel.id, shipping.profile_id),
        en: { title: body.title.en, description: body.description?.en },
        stock: body.variants.map((v) => v.stock),
      },
    })
    const { data: [product] } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: SELLER_PRODUCT_FIELDS, filters: { id: productId } })
    res.status(201).json({ product: (await withEnglish(req, [product]))[0] })
  })
}
