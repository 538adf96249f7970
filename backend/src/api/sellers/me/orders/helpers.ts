import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { errorMessage } from "@canting/i18n"
import { requestLocale } from "../../../utils/errors"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ORDER_ITEM_FIELDS, sellerItems, toSellerOrder, type OrderRow } from "../../../../workflows/order/seller-part"
import { ORDER_SHIPPING_FIELDS, sellerShippingMethods, type ShippingMethods } from "../../../../workflows/order/seller-shipping"
import { orderPaymentStatus, type PaymentStatusInput } from "../../../../workflows/order/payment-status"

export const SELLER_ORDER_FIELDS = [
  "id", "display_id", "created_at", "currency_code", "email", "status", "shipping_address.*",
  ...ORDER_ITEM_FIELDS, "items.total",
  "fulfillments.id", "fulfillments.shipped_at", "fulfillments.delivered_at", "fulfillments.canceled_at", "fulfillments.metadata",
  "fulfillments.labels.tracking_number", "fulfillments.labels.tracking_url", "fulfillments.items.line_item_id",
  "payment_collections.status", "payment_collections.amount", "payment_collections.captured_amount", "payment_collections.refunded_amount",
  ...ORDER_SHIPPING_FIELDS,
]

/** An order read with SELLER_ORDER_FIELDS. */
export type SellerOrderRow = OrderRow & PaymentStatusInput & ShippingMethods

/** The order as the seller sees it, with Medusa's own payment status of the whole order and the seller's shipping method. */
export async function presentSellerOrder(container: MedusaContainer, order: SellerOrderRow, sellerId: string) {
  const payment_status = orderPaymentStatus(order)
  const shipping = (await sellerShippingMethods(container, order)).get(sellerId) ?? null
  const { shipping_methods: _methods, ...rest } = order
  return toSellerOrder({ ...rest, payment_status }, sellerId, shipping)
}

/** The order if it holds at least one of the seller's items; undefined otherwise (never confirms other ids). */
export async function loadSellerOrder(req: MedusaRequest, orderId: string, sellerId: string) {
  const { data: [order] } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order", fields: SELLER_ORDER_FIELDS, filters: { id: orderId },
  })
  if (!order || !sellerItems(order as unknown as OrderRow, sellerId).length) return undefined
  return presentSellerOrder(req.scope, order as unknown as SellerOrderRow, sellerId)
}

/** 404 in the project's error shape, in the caller's language. */
export function sendOrderNotFound(req: MedusaRequest, res: MedusaResponse) {
  const message = errorMessage("order_not_found", requestLocale(req))
  res.status(404).json({ type: "not_found", code: "order_not_found", message, errors: [{ field: "id", code: "order_not_found", message }] })
}
