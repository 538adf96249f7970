import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, zodFieldErrors } from "../../../utils/validate"
import { sendInvalid } from "../../../utils/errors"
import { SellerFulfillmentBody, SellerOrdersQuery } from "./validators"

/** Validates limit/offset with the project's error shape; the parsed values land on `validatedQuery`. */
function validateOrdersQuery(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const parsed = SellerOrdersQuery.safeParse({ limit: req.query.limit, offset: req.query.offset })
  if (!parsed.success) return sendInvalid(req, res, zodFieldErrors(parsed.error))
  req.validatedQuery = parsed.data
  next()
}

/** Authentication (seller actor) comes from the `/sellers/me*` rule in ../../middlewares.ts. */
export const sellerOrderMiddlewares: MiddlewareRoute[] = [
  { matcher: "/sellers/me/orders", methods: ["GET"], middlewares: [validateOrdersQuery] },
  { matcher: "/sellers/me/orders/:id/fulfillments", methods: ["POST"], middlewares: [validateBody(SellerFulfillmentBody)] },
]
