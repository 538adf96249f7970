import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "zod"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import type { AdminListChangeRequestsParams } from "./validators"
import { withSellers } from "./helpers"

/** The operator's queue of identity change requests (e.g. `?status=pending`), oldest first so none waits forever. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, seller_id, limit, offset } = req.validatedQuery as z.infer<typeof AdminListChangeRequestsParams>
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (seller_id) filters.seller_id = seller_id
  const [requests, count] = await req.scope.resolve<SellerModuleService>(SELLER_MODULE).listAndCountSellerChangeRequests(
    filters, { skip: offset, take: limit, order: { created_at: "ASC" } }
  )
  res.json({ change_requests: await withSellers(req, requests), count, offset, limit })
}
