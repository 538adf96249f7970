import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "zod"
import { SELLER_STATUSES } from "@canting/domain"
import { validateBody } from "../../utils/validate"
import { AdminSellerDecision } from "../../sellers/validators"
import { AdminReviewSellerDocument } from "./[id]/documents/[documentId]/review/validators"
import { AdminAcceptChangeRequest, AdminListChangeRequestsParams, AdminRejectChangeRequest } from "../seller-change-requests/validators"

export const AdminListSellersParams = z.object({
  status: z.enum(SELLER_STATUSES).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

export const adminSellerMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/sellers", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListSellersParams, { isList: true, defaults: ["id"] })] },
  { matcher: "/admin/sellers/:id/:action", methods: ["POST"], middlewares: [validateBody(AdminSellerDecision)] },
  { matcher: "/admin/sellers/:id/documents/:documentId/review", methods: ["POST"], middlewares: [validateBody(AdminReviewSellerDocument)] },
  // Identity change requests (issue #14.7) live beside the sellers they change.
  { matcher: "/admin/seller-change-requests", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListChangeRequestsParams, { isList: true, defaults: ["id"] })] },
  { matcher: "/admin/seller-change-requests/:id/accept", methods: ["POST"], middlewares: [validateBody(AdminAcceptChangeRequest)] },
  { matcher: "/admin/seller-change-requests/:id/reject", methods: ["POST"], middlewares: [validateBody(AdminRejectChangeRequest)] },
]
