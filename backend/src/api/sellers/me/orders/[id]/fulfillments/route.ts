import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { errorMessage } from "@canting/i18n"
import { hasErrorType, isRefusalError, requestLocale } from "../../../../../utils/errors"
import { currentSellerId } from "../../../../../utils/seller-context"
import { fulfillSellerPartWorkflow } from "../../../../../../workflows/order/workflows/fulfill-seller-part"
import { loadSellerOrder, sendOrderNotFound } from "../../helpers"
import type { SellerFulfillmentBodyType } from "../../validators"

/**
 * Sends all of the seller's not-yet-sent items of the order with one tracking number:
 * 200 `{ order }`; 404 for an order without the seller's items; 409 `already_fulfilled`
 * when nothing is left (or `order_canceled`, or `payment_not_captured` until the order's payment is captured).
 */
export async function POST(req: AuthenticatedMedusaRequest<SellerFulfillmentBodyType>, res: MedusaResponse) {
  const sellerId = await currentSellerId(req)
  const body = req.validatedBody
  if (!(await loadSellerOrder(req, req.params.id, sellerId))) return sendOrderNotFound(req, res)
  try {
    await fulfillSellerPartWorkflow(req.scope).run({
      input: {
        order_id: req.params.id, seller_id: sellerId, created_by: req.auth_context.actor_id,
        tracking_number: body.tracking_number, carrier: body.carrier ?? null, tracking_url: body.tracking_url ?? null,
      },
    })
  } catch (err: unknown) {
    if (hasErrorType(err, MedusaError.Types.NOT_FOUND)) return sendOrderNotFound(req, res)
    if (hasErrorType(err, MedusaError.Types.NOT_ALLOWED) && isRefusalError(err, ["already_fulfilled", "order_canceled", "payment_not_captured"])) {
      const code = err.code
      const message = errorMessage(code, requestLocale(req))
      const field = code === "payment_not_captured" ? "payment_status" : "items"
      return res.status(409).json({ type: "not_allowed", code, message, errors: [{ field, code, message }] })
    }
    throw err
  }
  res.json({ order: await loadSellerOrder(req, req.params.id, sellerId) })
}
