import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE } from "../../../../modules/seller"
import type SellerModuleService from "../../../../modules/seller/service"
import { createSellerChangeRequestWorkflow } from "../../../../workflows/seller/workflows/create-seller-change-request"
import { currentSellerId, respondWithGuards } from "../../../utils/seller-context"
import type { CreateSellerChangeRequestBody } from "./validators"

/** What the seller sees of its change requests: the decision and note, not which operator made it. */
export const SELLER_CHANGE_REQUEST_FIELDS = [
  "id", "status", "changes", "previous", "reason", "document_ids", "decided_at", "decision_note", "created_at", "updated_at",
] as const

const view = (request: Record<string, unknown>) => Object.fromEntries(SELLER_CHANGE_REQUEST_FIELDS.map((f) => [f, request[f] ?? null]))

/** The seller's change requests, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const requests = await sellers.listSellerChangeRequests({ seller_id: await currentSellerId(req) }, { order: { created_at: "DESC" } })
  res.json({ change_requests: requests.map(view) })
}

/** Asks the operator to change locked identity fields, with evidence: 201 pending; 409 when one is already pending. */
export async function POST(req: AuthenticatedMedusaRequest<CreateSellerChangeRequestBody>, res: MedusaResponse) {
  const sellerId = await currentSellerId(req)
  const body = req.validatedBody
  await respondWithGuards(req, res, async () => {
    const { result } = await createSellerChangeRequestWorkflow(req.scope).run({
      input: { seller_id: sellerId, member_id: req.auth_context.actor_id, changes: body.changes, reason: body.reason, document_ids: body.document_ids },
    })
    res.status(201).json({ change_request: view(result) })
  })
}
