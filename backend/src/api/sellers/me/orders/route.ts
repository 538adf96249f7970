import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { currentSellerId } from "../../../utils/seller-context"
import { presentSellerOrder, SELLER_ORDER_FIELDS } from "./helpers"
import type { SellerOrdersQueryType } from "./validators"

/** The orders holding the signed-in seller's pieces, newest first, each with only the seller's items. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = (req as any).validatedQuery as SellerOrdersQueryType
  const sellerId = await currentSellerId(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({ entity: "seller", fields: ["id", "orders.id"], filters: { id: sellerId } })
  const ids = (((seller as any)?.orders ?? []) as ({ id: string } | null)[]).filter(Boolean).map((o) => o!.id)
  if (!ids.length) return res.json({ orders: [], count: 0, limit, offset })
  const { data, metadata } = await query.graph({
    entity: "order", fields: SELLER_ORDER_FIELDS, filters: { id: ids },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ orders: await Promise.all(data.map((o) => presentSellerOrder(req.scope, o, sellerId))), count: metadata?.count ?? ids.length, limit, offset })
}
