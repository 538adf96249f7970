import { defineMiddlewares, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { storeSellerMiddlewares } from "./store/sellers/middlewares"
import { sellerMiddlewares } from "./sellers/middlewares"
import { sellerChangeRequestMiddlewares } from "./sellers/me/change-requests/middlewares"
import { sellerOrderMiddlewares } from "./sellers/me/orders/middlewares"
import { adminSellerMiddlewares } from "./admin/sellers/middlewares"
import { hideUnapprovedSellerProducts } from "./store/products/hide-unapproved-sellers"
import { addTranslationFlags } from "./store/products/translation-flags"
import { addTradeTerms } from "./store/products/trade-terms"
import { sellerCertificationMiddlewares } from "./sellers/me/certifications/middlewares"
import { adminCertificationMiddlewares } from "./admin/certifications/middlewares"
import { storeCertificationMiddlewares } from "./store/certifications/middlewares"
import { storeCartMiddlewares } from "./store/carts/middlewares"
import { storeCatalogMiddlewares } from "./store/catalog/middlewares"
import { sellerTrainingMiddlewares } from "./sellers/me/trainings/middlewares"
import { adminTrainingMiddlewares } from "./admin/training-programs/middlewares"
import { adminTestClockMiddlewares } from "./admin/test-clock/middlewares"
import { boundDatabaseWaits, cantingErrorHandler } from "./error-handler"
import { storeOrderMiddlewares } from "./store/orders/access"
import { hostileInputMiddlewares } from "./hostile-input"
import { authMiddlewares } from "./auth/middlewares"
import { changePasswordMiddlewares } from "./auth/change-password"
import { sellerUploadMiddlewares } from "./sellers/me/uploads/middlewares"
import { staticUploadMiddlewares } from "./static-uploads"

/**
 * Public seller fields a product may carry in the store API; contact details stay private.
 * `is_demo` lets the storefront keep a demo workshop's pieces out of search engines and offers.
 */
export const STORE_PRODUCT_SELLER_FIELDS = ["seller.id", "seller.handle", "seller.name", "seller.sentra", "seller.city", "seller.is_demo"]

/**
 * Store clients ask for a product's seller with `fields=*seller`. Core store routes
 * validate fields against a fixed allow-list before project middlewares run, so the
 * request for `seller` is honoured here with the public seller fields only.
 */
export function addSellerToStoreProducts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const requested = String(req.query.fields ?? "").split(",").some((f) => /^[*+]?seller(\.|$)/.test(f.trim()))
  if (requested && req.queryConfig?.fields) {
    req.queryConfig.fields = [...new Set([...req.queryConfig.fields, ...STORE_PRODUCT_SELLER_FIELDS])]
  }
  next()
}

// Before any request is served: a request during a database outage gets its 503 within seconds.
boundDatabaseWaits()

export default defineMiddlewares({
  errorHandler: cantingErrorHandler,
  routes: [
    // First: nothing below reads a NUL byte, a broken character or an over-long value.
    ...hostileInputMiddlewares,
    ...authMiddlewares,
    ...changePasswordMiddlewares,
    ...storeSellerMiddlewares,
    ...sellerMiddlewares,
    ...sellerChangeRequestMiddlewares,
    ...sellerUploadMiddlewares,
    ...staticUploadMiddlewares,
    ...sellerOrderMiddlewares,
    ...adminSellerMiddlewares,
    ...sellerCertificationMiddlewares,
    ...adminCertificationMiddlewares,
    ...storeCertificationMiddlewares,
    ...storeCartMiddlewares,
    ...storeOrderMiddlewares,
    ...storeCatalogMiddlewares,
    ...sellerTrainingMiddlewares,
    ...adminTrainingMiddlewares,
    ...adminTestClockMiddlewares,
    { matcher: "/store/products", methods: ["GET"], middlewares: [hideUnapprovedSellerProducts, addSellerToStoreProducts, addTranslationFlags, addTradeTerms] },
    { matcher: "/store/products/:id", methods: ["GET"], middlewares: [hideUnapprovedSellerProducts, addSellerToStoreProducts, addTranslationFlags, addTradeTerms] },
  ],
})
