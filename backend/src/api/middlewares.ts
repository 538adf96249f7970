import { defineMiddlewares, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { storeSellerMiddlewares } from "./store/sellers/middlewares"
import { sellerMiddlewares } from "./sellers/middlewares"
import { adminSellerMiddlewares } from "./admin/sellers/middlewares"
import { hideUnapprovedSellerProducts } from "./store/products/hide-unapproved-sellers"

/** Public seller fields a product may carry in the store API; contact details stay private. */
export const STORE_PRODUCT_SELLER_FIELDS = ["seller.id", "seller.handle", "seller.name", "seller.sentra", "seller.city"]

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

export default defineMiddlewares({
  routes: [
    ...storeSellerMiddlewares,
    ...sellerMiddlewares,
    ...adminSellerMiddlewares,
    { matcher: "/store/products", methods: ["GET"], middlewares: [hideUnapprovedSellerProducts, addSellerToStoreProducts] },
    { matcher: "/store/products/:id", methods: ["GET"], middlewares: [hideUnapprovedSellerProducts, addSellerToStoreProducts] },
  ],
})
