import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { currentSellerId } from "../../../utils/seller-context"
import { presentSellerOrder, SELLER_ORDER_FIELDS, type SellerOrderRow } from "./helpers"
import type { SellerOrdersQueryType } from "./validators"

/** The orders holding the signed-in seller's pieces, newest first, each with only the seller's items. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, SellerOrdersQueryType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const sellerId = await currentSellerId(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({ entity: "seller", fields: ["id", "orders.id"], filters: { id: sellerId } })
  const ids = ((seller as { orders?: ({ id: string } | null)[] | null } | undefined)?.orders ?? []).flatMap((o) => (o ? [o.id] : []))
  if (!ids.length) return res.json({ orders: [], count: 0, limit, offset })
  const { data, metadata } = await query.graph({
    entity: "order", fields: SELLER_ORDER_FIELDS, filters: { id: ids },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ orders: await Promise.all((data as SellerOrderRow[]).map((o) => presentSellerOrder(req.scope, o, sellerId))), count: metadata?.count ?? ids.length, limit, offset })
}
