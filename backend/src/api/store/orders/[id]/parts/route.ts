import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { errorMessage } from "@canting/i18n"
import { SELLER_MODULE } from "../../../../../modules/seller"
import type SellerModuleService from "../../../../../modules/seller/service"
import { requestLocale } from "../../../../utils/errors"
import { ORDER_ITEM_FIELDS, sellerIdsOf, toParts, type OrderRow } from "../../../../../workflows/order/seller-part"
import { ORDER_SHIPPING_FIELDS, sellerShippingMethods } from "../../../../../workflows/order/seller-shipping"

const FIELDS = [
  "id", ...ORDER_ITEM_FIELDS,
  "fulfillments.id", "fulfillments.canceled_at", "fulfillments.metadata", "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url", "fulfillments.items.line_item_id", ...ORDER_SHIPPING_FIELDS,
]

/**
 * The order split by workshop: each seller's pieces, the shipping method chosen for that
 * workshop (name and amount), whether they are on their way, and the tracking numbers. Only for
 * the order's shopper or the browser that placed it (../../access.ts); only public seller fields
 * (id, handle, name), no addresses and no item prices.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { data: [order] } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: FIELDS, filters: { id: req.params.id } })
  if (!order) {
    const message = errorMessage("order_not_found", requestLocale(req))
    return res.status(404).json({ type: "not_found", code: "order_not_found", message, errors: [{ field: "id", code: "order_not_found", message }] })
  }
  const row = order as unknown as OrderRow
  const ids = sellerIdsOf(row)
  const sellers = ids.length
    ? await req.scope.resolve<SellerModuleService>(SELLER_MODULE).listSellers({ id: ids }, { select: ["id", "handle", "name"] })
    : []
  const shipping = await sellerShippingMethods(req.scope, row)
  res.json({ parts: toParts(row, sellers.map((s) => ({ id: s.id, handle: s.handle, name: s.name })), shipping) })
}
