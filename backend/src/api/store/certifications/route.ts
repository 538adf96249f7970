import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sendInvalid } from "../../utils/errors"
import { zodFieldErrors } from "../../utils/validate"
import { productTrust, sellerTrust } from "./trust"
import { StoreListCertificationsParams } from "./middlewares"

/**
 * What a shopper may see of a product's or a seller's certificates, and the derived eco tags:
 * `?product_id=` (the product's own and its workshop's) or `?seller_id=` (workshop only).
 * Only certificates Canting verified appear (verified or expiring soon): a pending claim, and
 * expired, rejected or revoked certificates, never do. A demo certificate says so (`is_demo`) and
 * carries no verification method.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const parsed = StoreListCertificationsParams.safeParse({ product_id: req.query.product_id, seller_id: req.query.seller_id })
  if (!parsed.success) return sendInvalid(req, res, zodFieldErrors(parsed.error))
  const { product_id, seller_id } = parsed.data
  if (Boolean(product_id) === Boolean(seller_id)) return sendInvalid(req, res, [{ field: product_id ? "seller_id" : "product_id", code: product_id ? "invalid" : "required" }])
  const trust = product_id ? await productTrust(req.scope, product_id) : await sellerTrust(req.scope, seller_id!)
  if (!trust) throw new MedusaError(MedusaError.Types.NOT_FOUND, product_id ? `Product ${product_id} was not found` : `Seller ${seller_id} was not found`)
  res.json(trust)
}
