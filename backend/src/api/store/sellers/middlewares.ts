import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetSellerParams, StoreListSellersParams } from "./validators"

export const storeSellerMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/sellers",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListSellersParams, { isList: true, defaults: ["id"] })],
  },
  {
    matcher: "/store/sellers/:handle",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreGetSellerParams, { defaults: ["id"] })],
  },
]
