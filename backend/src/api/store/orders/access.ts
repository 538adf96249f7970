import { authenticate, type AuthContext, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { errorMessage } from "@canting/i18n"
import { requestLocale } from "../../utils/errors"

/**
 * The header by which a storefront proves that its browser placed a guest order: the id of the
 * cart that became the order, which only that browser ever held (the storefront keeps it in an
 * httpOnly cookie after checkout).
 */
export const ORDER_ACCESS_HEADER = "x-canting-order-access"

/**
 * Who may read an order through the store API: the shopper whose account placed it, or whoever
 * holds the cart it was placed from. An order id alone (it appears in links and emails) is not enough.
 */
export async function mayReadOrder(container: MedusaContainer, orderId: string, who: { customerId?: string; cartProof?: string }): Promise<boolean> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: [order] }, { data: carts }] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: orderId } }),
    who.cartProof ? query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: orderId } }) : Promise.resolve({ data: [] }),
  ])
  if (!order) return false
  if (who.customerId && (order as { customer_id?: string | null }).customer_id === who.customerId) return true
  return !!who.cartProof && (carts as { cart_id: string }[]).some((c) => c.cart_id === who.cartProof)
}

/** 404 (as for an unknown order) unless the caller may read this order. */
export async function guardOrderAccess(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const actor = (req as MedusaRequest & { auth_context?: AuthContext }).auth_context
  const customerId = actor?.actor_type === "customer" && actor.actor_id ? String(actor.actor_id) : undefined
  const proof = req.get(ORDER_ACCESS_HEADER)
  if (await mayReadOrder(req.scope, req.params.id, { customerId, cartProof: proof || undefined })) return next()
  const message = errorMessage("order_not_found", requestLocale(req))
  res.status(404).json({ type: "not_found", code: "order_not_found", message, errors: [{ field: "id", code: "order_not_found", message }] })
}

const readOrder = [authenticate("customer", ["bearer", "session"], { allowUnauthenticated: true }), guardOrderAccess]

/** Medusa's GET /store/orders/:id and our /parts answer only the order's shopper or the browser that placed it. */
export const storeOrderMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/orders/:id", methods: ["GET"], middlewares: readOrder },
  { matcher: "/store/orders/:id/parts", methods: ["GET"], middlewares: readOrder },
]
