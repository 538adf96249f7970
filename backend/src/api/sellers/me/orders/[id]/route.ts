import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currentSellerId } from "../../../../utils/seller-context"
import { loadSellerOrder, sendOrderNotFound } from "../helpers"

/** One order as the signed-in seller sees it; 404 when it holds none of the seller's items. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const order = await loadSellerOrder(req, req.params.id, await currentSellerId(req))
  if (!order) return sendOrderNotFound(req, res)
  res.json({ order })
}
