import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ITranslationModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../../modules/seller"
import type SellerModuleService from "../../../../modules/seller/service"
import { createSellerProductWorkflow } from "../../../../workflows/seller-product/workflows/create-seller-product"
import { toProductInput } from "../../../../workflows/seller-product/to-product-input"
import { sellerShipping } from "../../../../workflows/seller/seller-shipping"
import { currentSellerId, respondWithGuards } from "../../../utils/seller-context"
import { listingPage } from "../../../../workflows/seller-product/listing-page"
import { likePattern } from "../../../utils/paging"
import { listingStock, type ListingStockRow } from "../../../../workflows/stock-alert/stock"
import { sellerListingInput, type SellerProductBodyType, type SellerProductsQueryType } from "./validators"

export const SELLER_PRODUCT_FIELDS = [
  "id", "title", "description", "handle", "status", "thumbnail", "metadata", "created_at", "updated_at",
  "images.url", "variants.id", "variants.title", "variants.sku", "variants.prices.amount", "variants.prices.currency_code",
  // A price with a quantity range is a tier (workflows/seller-product/price-tiers.ts).
  "variants.prices.min_quantity", "variants.prices.max_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  // What is still available at the seller's location, against the listing's low-stock threshold.
  "variants.manage_inventory", "variants.inventory_items.inventory_item_id",
  "variants.inventory_items.inventory.location_levels.location_id", "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/** The seller's own stock location, read without creating one (null until approval or a first listing provisions it). */
export async function sellerLocationOf(req: AuthenticatedMedusaRequest, sellerId: string): Promise<string | null> {
  const { data: [seller] } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "seller", fields: ["id", "stock_location.id"], filters: { id: sellerId } })
  return (seller as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id ?? null
}

/** Adds each listing's `low_stock_threshold` (its own or the default) and `low_stock`: its variants at or below it, with what is available. */
export async function withStockAlerts<P extends { id: string }>(req: AuthenticatedMedusaRequest, sellerId: string, products: P[]) {
  if (!products.length) return products
  const locationId = await sellerLocationOf(req, sellerId)
  // Read with SELLER_PRODUCT_FIELDS, which include what ListingStockRow names.
  return products.map((p) => ({ ...p, ...listingStock(p as ListingStockRow, locationId) }))
}

/** Adds each product's English title and description (Translation module) as `translations.en`. */
export async function withEnglish<P extends { id: string }>(req: AuthenticatedMedusaRequest, products: P[]) {
  if (!products.length) return products
  const translation = req.scope.resolve<ITranslationModuleService>(Modules.TRANSLATION)
  const rows = await translation.listTranslations({ reference: "product", reference_id: products.map((p) => p.id), locale_code: "en-US" })
  const byId = new Map(rows.map((r) => [r.reference_id, r.translations]))
  return products.map((p) => ({ ...p, translations: { en: byId.get(p.id) ?? {} } }))
}

/** A page of the signed-in seller's listings, drafts included, filtered and sorted in the database; `count` counts only theirs. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, SellerProductsQueryType>, res: MedusaResponse) {
  const { limit, offset, order, q, status, low_stock } = req.validatedQuery as SellerProductsQueryType
  const sellerId = await currentSellerId(req)
  const lowStockAt = low_stock ? await sellerLocationOf(req, sellerId) : undefined
  const page = await listingPage(req.scope, { sellerId, limit, offset, order, status, pattern: q ? likePattern(q) : undefined, lowStockAt })
  const { data } = page.ids.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: SELLER_PRODUCT_FIELDS, filters: { id: page.ids } })
    : { data: [] }
  // Query answers in its own order: put the rows back in the page's.
  const byId = new Map((data as { id: string }[]).map((p) => [p.id, p]))
  const products = page.ids.flatMap((id) => byId.get(id) ?? [])
  res.json({ products: await withStockAlerts(req, sellerId, await withEnglish(req, products)), count: page.count, limit, offset })
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
    res.status(201).json({ product: (await withStockAlerts(req, sellerId, await withEnglish(req, [product])))[0] })
  })
}
