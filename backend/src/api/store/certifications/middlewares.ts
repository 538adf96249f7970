import type { MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "zod"

/** Exactly one of `product_id` or `seller_id` (checked in the route, answered in the project's error shape). */
export const StoreListCertificationsParams = z.object({
  product_id: z.string().trim().min(1, "required").max(100, "too_long").optional(),
  seller_id: z.string().trim().min(1, "required").max(100, "too_long").optional(),
})

/** No extra middleware: the publishable key check is Medusa's own for every /store route. */
export const storeCertificationMiddlewares: MiddlewareRoute[] = []
