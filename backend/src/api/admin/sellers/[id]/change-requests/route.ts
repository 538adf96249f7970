import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE } from "../../../../../modules/seller"
import type SellerModuleService from "../../../../../modules/seller/service"

/** Every change request of one seller, newest first (404 for an unknown seller). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  await sellers.retrieveSeller(req.params.id)
  const change_requests = await sellers.listSellerChangeRequests({ seller_id: req.params.id }, { order: { created_at: "DESC" } })
  res.json({ change_requests })
}
