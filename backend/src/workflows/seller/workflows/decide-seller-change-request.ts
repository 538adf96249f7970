import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateChangeRequestDecisionStep } from "../steps/validate-change-request-decision"
import { setChangeRequestDecisionStep } from "../steps/set-change-request-decision"
import { notifyChangeRequestDecidedStep } from "../steps/notify-change-request-decided"
import { updateSellerWorkflow, type SellerProfileUpdate } from "./update-seller"

export type DecideChangeRequestInput = { id: string; actor_id: string; note?: string | null }

/**
 * The operator accepts a pending change request: guard → apply its changes through update-seller
 * (which lets exactly this request's fields past the identity lock and checks the handle again) →
 * record who, when and the note → notify the seller. A failure after the update undoes it.
 */
export const acceptSellerChangeRequestWorkflow = createWorkflow("accept-seller-change-request", (input: DecideChangeRequestInput) => {
  const request = validateChangeRequestDecisionStep(transform({ input }, ({ input }) => ({ id: input.id, decision: "accepted" as const, note: input.note })))
  updateSellerWorkflow.runAsStep({
    input: transform({ request }, ({ request }) => ({
      seller_id: request.seller_id, update: request.changes as SellerProfileUpdate, current: request.current, change_request_id: request.id,
    })),
  })
  const decided = setChangeRequestDecisionStep(transform({ input }, ({ input }) => ({
    id: input.id, status: "accepted" as const, decided_by: input.actor_id, decision_note: input.note?.trim() || null,
  })))
  notifyChangeRequestDecidedStep(transform({ request, input }, ({ request, input }) => ({
    seller_id: request.seller_id, id: request.id, status: "accepted" as const, fields: Object.keys(request.changes), note: input.note?.trim() || null,
  })))
  return new WorkflowResponse(decided)
})

/** The operator rejects a pending change request with a note: guard → record who, when and why → notify the seller. */
export const rejectSellerChangeRequestWorkflow = createWorkflow("reject-seller-change-request", (input: DecideChangeRequestInput) => {
  const request = validateChangeRequestDecisionStep(transform({ input }, ({ input }) => ({ id: input.id, decision: "rejected" as const, note: input.note })))
  const decided = setChangeRequestDecisionStep(transform({ input }, ({ input }) => ({
    id: input.id, status: "rejected" as const, decided_by: input.actor_id, decision_note: input.note?.trim() || null,
  })))
  notifyChangeRequestDecidedStep(transform({ request, input }, ({ request, input }) => ({
    seller_id: request.seller_id, id: request.id, status: "rejected" as const, fields: Object.keys(request.changes), note: input.note?.trim() || null,
  })))
  return new WorkflowResponse(decided)
})
