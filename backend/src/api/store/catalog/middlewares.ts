import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import type { z } from "zod"
import { errorMessage } from "@canting/i18n"
import { zodFieldErrors } from "../../utils/validate"
import { StoreCatalogParams, StoreCatalogSuggestParams } from "./validators"

/** A catalog request once its query is validated: `catalogQuery` holds the parsed parameters. */
export type CatalogRequest<T> = MedusaRequest & { catalogQuery: T }

/** `?locale=` (Medusa's locale middleware moves it to `req.locale`), else `x-medusa-locale`, else Indonesian. */
function catalogLocale(req: MedusaRequest): string | undefined {
  const q = req.query?.locale
  return (typeof q === "string" && q) || (req as MedusaRequest & { locale?: string }).locale || undefined
}

/** Bad input answers 400 in the project's error shape: each field with a stable code and a localized message. */
export function validateCatalogQuery(schema: z.ZodType) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const locale = catalogLocale(req)
    const parsed = schema.safeParse({ ...(req.query ?? {}), ...(locale ? { locale } : {}) })
    if (!parsed.success) {
      const errors = zodFieldErrors(parsed.error).map((e) => ({ ...e, message: errorMessage(e.code, locale) }))
      return res.status(400).json({ type: "invalid_data", message: errors.map((e) => `${e.field}: ${e.message}`).join(" "), errors })
    }
    ;(req as CatalogRequest<unknown>).catalogQuery = parsed.data
    next()
  }
}

export const storeCatalogMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/catalog", methods: ["GET"], middlewares: [validateCatalogQuery(StoreCatalogParams)] },
  { matcher: "/store/catalog/suggest", methods: ["GET"], middlewares: [validateCatalogQuery(StoreCatalogSuggestParams)] },
]
