import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "zod"
import { CERT_SCHEMES, CERT_STATUSES, VERIFICATION_METHODS } from "@canting/domain"
import { validateBody } from "../../utils/validate"

export const AdminListCertificatesParams = z.object({
  status: z.enum(CERT_STATUSES).optional(),
  scheme: z.enum(CERT_SCHEMES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

/** An operator decision: `method` (verify) and `note` (required for reject and revoke; checked by the workflow guard). */
export const AdminCertificateDecision = z.strictObject({
  method: z.enum(VERIFICATION_METHODS, "unknown_code").optional(),
  note: z.string().trim().max(2000, "too_long").optional(),
})

export const adminCertificationMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/certifications", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListCertificatesParams, { isList: true, defaults: ["id"] })] },
  { matcher: "/admin/certifications/:id/:action", methods: ["POST"], middlewares: [validateBody(AdminCertificateDecision)] },
]
