import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { storeSellerFields } from "./query-config"
import type { StoreListSellersParamsType } from "./validators"

/** Lists approved sellers, the only ones a shopper can see; filters by sentra, technique and a name/city search. */
export async function GET(req: MedusaRequest<unknown, StoreListSellersParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset, sentra, technique, q } = req.validatedQuery as StoreListSellersParamsType
  const filters: Record<string, unknown> = { status: "approved" }
  if (sentra) filters.sentra = sentra
  if (technique) filters.techniques = { $contains: [technique] }
  if (q) filters.$or = [{ name: { $ilike: `%${q}%` } }, { handle: { $ilike: `%${q}%` } }, { city: { $ilike: `%${q}%` } }]
  const { data: sellers, metadata } = await query.graph(
    {
      entity: "seller",
      fields: storeSellerFields,
      filters,
      pagination: { skip: offset, take: limit, order: { name: "ASC" } },
    },
    { locale: req.locale }
  )
  res.json({ sellers, count: metadata?.count ?? sellers.length, offset, limit })
}
