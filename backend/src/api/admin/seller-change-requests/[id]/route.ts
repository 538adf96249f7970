import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../../modules/seller"
import type SellerModuleService from "../../../../modules/seller/service"
import { withSellers } from "../helpers"

/** One change request with its seller; the evidence documents are the seller's (see GET /admin/sellers/:id). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [request] = await req.scope.resolve<SellerModuleService>(SELLER_MODULE).listSellerChangeRequests({ id: req.params.id }, { take: 1 })
  if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Change request ${req.params.id} was not found`)
  const [change_request] = await withSellers(req, [request])
  res.json({ change_request })
}
