import { defineMiddlewares } from "@medusajs/framework/http"
import { storeSellerMiddlewares } from "./store/sellers/middlewares"

/** Lets store clients ask for a product's seller (`fields=*seller`) through the link. */
const allowSellerOnStoreProducts = (req: any, _res: any, next: () => void) => {
  req.allowed = [...(req.allowed ?? []), "seller"]
  next()
}

export default defineMiddlewares({
  routes: [
    ...storeSellerMiddlewares,
    { matcher: "/store/products", method: "GET", middlewares: [allowSellerOnStoreProducts] },
    { matcher: "/store/products/:id", method: "GET", middlewares: [allowSellerOnStoreProducts] },
  ],
})
