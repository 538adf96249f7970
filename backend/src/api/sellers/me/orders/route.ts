import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sellerOrderPage } from "../../../../workflows/order/seller-order-page"
import { currentSellerId } from "../../../utils/seller-context"
import { likePattern } from "../../../utils/paging"
import { presentSellerOrder, SELLER_ORDER_FIELDS, type SellerOrderRow } from "./helpers"
import type { SellerOrdersQueryType } from "./validators"

/**
 * A page of the orders holding the signed-in seller's pieces (newest first unless `order` says
 * otherwise), each with only the seller's items; filtered, sorted and counted in the database.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, SellerOrdersQueryType>, res: MedusaResponse) {
  const { limit, offset, order, q, status } = req.validatedQuery as SellerOrdersQueryType
  const sellerId = await currentSellerId(req)
  const page = await sellerOrderPage(req.scope, { sellerId, limit, offset, order, status, q, pattern: q ? likePattern(q) : undefined })
  if (!page.ids.length) return res.json({ orders: [], count: page.count, limit, offset })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: SELLER_ORDER_FIELDS, filters: { id: page.ids } })
  // Query answers in its own order: put the rows back in the page's.
  const byId = new Map((data as SellerOrderRow[]).map((o) => [o.id, o]))
  const rows = page.ids.flatMap((id) => byId.get(id) ?? [])
  res.json({ orders: await Promise.all(rows.map((o) => presentSellerOrder(req.scope, o, sellerId))), count: page.count, limit, offset })
}
