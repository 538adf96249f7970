import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectSellerChangeRequestWorkflow } from "../../../../../workflows/seller/workflows/decide-seller-change-request"
import { decide, type DecisionBody } from "../../helpers"

/** The operator rejects a pending change request with a note for the seller; 409 when already decided. */
export async function POST(req: AuthenticatedMedusaRequest<DecisionBody>, res: MedusaResponse) {
  await decide(req, res, rejectSellerChangeRequestWorkflow)
}
