import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptSellerChangeRequestWorkflow } from "../../../../../workflows/seller/workflows/decide-seller-change-request"
import { decide, type DecisionBody } from "../../helpers"

/** The operator accepts a pending change request (optional note): the changes apply; 409 when already decided, 400 when the new handle was taken meanwhile. */
export async function POST(req: AuthenticatedMedusaRequest<DecisionBody>, res: MedusaResponse) {
  await decide(req, res, acceptSellerChangeRequestWorkflow)
}
