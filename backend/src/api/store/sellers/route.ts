import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { storeSellerFields } from "./query-config"
import type { StoreListSellersParamsType } from "./validators"

/** Lists approved sellers, the only ones a shopper can see. */
export async function GET(req: MedusaRequest<unknown, StoreListSellersParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset, sentra } = req.validatedQuery as StoreListSellersParamsType
  const { data: sellers, metadata } = await query.graph(
    {
      entity: "seller",
      fields: storeSellerFields,
      filters: { status: "approved", ...(sentra ? { sentra } : {}) },
      pagination: { skip: offset, take: limit, order: { name: "ASC" } },
    },
    { locale: req.locale }
  )
  res.json({ sellers, count: metadata?.count ?? sellers.length, offset, limit })
}
