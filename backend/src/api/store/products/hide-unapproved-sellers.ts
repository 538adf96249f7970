import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Ids of products whose seller is not approved (draft, under review, rejected or suspended): one
 * indexed join over the seller table and the seller–product link table, so the cost follows the
 * hidden listings (few: an unapproved seller's listings are capped), never the whole catalogue.
 */
export async function hiddenProductIds(req: MedusaRequest): Promise<string[]> {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // The table Medusa made for links/seller-product.ts (module_alias_module_alias).
  const rows = await knex("seller_seller_product_product as l")
    .join("seller as s", "s.id", "l.seller_id")
    .whereNull("l.deleted_at").whereNull("s.deleted_at").whereNot("s.status", "approved")
    .select("l.product_id")
  return rows.map((r: { product_id: string }) => r.product_id)
}

/**
 * Only approved sellers' products reach shoppers: the store product routes exclude every
 * product of a seller that is not approved, so suspending a seller hides its products at once.
 */
export async function hideUnapprovedSellerProducts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const hidden = await hiddenProductIds(req)
  if (!hidden.length) return next()
  if (req.params?.id) {
    if (hidden.includes(req.params.id)) return next(new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`))
    return next()
  }
  const filters = req.filterableFields as Record<string, unknown>
  const wanted = filters.id
  if (wanted === undefined) filters.id = { $nin: hidden }
  else if (typeof wanted === "string" || Array.isArray(wanted)) {
    const ids = ([] as string[]).concat(wanted).filter((id) => !hidden.includes(id))
    filters.id = ids.length ? ids : ["__none__"]
  } else filters.$and = [...((filters.$and as unknown[] | undefined) ?? []), { id: { $nin: hidden } }]
  next()
}
