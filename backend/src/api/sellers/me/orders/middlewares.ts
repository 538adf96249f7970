import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validate"
import { SellerFulfillmentBody, SellerOrdersQuery } from "./validators"

/** Authentication (seller actor) comes from the `/sellers/me*` rule in ../../middlewares.ts. */
export const sellerOrderMiddlewares: MiddlewareRoute[] = [
  { matcher: "/sellers/me/orders", methods: ["GET"], middlewares: [validateQuery(SellerOrdersQuery)] },
  { matcher: "/sellers/me/orders/:id/fulfillments", methods: ["POST"], middlewares: [validateBody(SellerFulfillmentBody)] },
]
