import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../utils/validate"
import { CreateSellerChangeRequest } from "./validators"

/** `/sellers/me*` already authenticates the seller; this validates the request body at the edge. */
export const sellerChangeRequestMiddlewares: MiddlewareRoute[] = [
  { matcher: "/sellers/me/change-requests", methods: ["POST"], middlewares: [validateBody(CreateSellerChangeRequest)] },
]
