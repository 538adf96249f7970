import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { storeSellerFields } from "./query-config"
import type { StoreListSellersParamsType } from "./validators"
import { exportReadySellerIds, withReadinessBands } from "../../../workflows/readiness/public"

/** Lists approved sellers, the only ones a shopper can see; filters by sentra, technique and a name/city search. */
export async function GET(req: MedusaRequest<unknown, StoreListSellersParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset, sentra, technique, q, export_ready } = req.validatedQuery as StoreListSellersParamsType
  const filters: Record<string, unknown> = { status: "approved" }
  if (export_ready === "true") filters.id = await exportReadySellerIds(req.scope)
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
  res.json({ sellers: await withReadinessBands(req.scope, sellers), count: metadata?.count ?? sellers.length, offset, limit })
}
