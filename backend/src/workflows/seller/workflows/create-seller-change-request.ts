import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateChangeRequestStep } from "../steps/validate-change-request"
import { createSellerChangeRequestStep } from "../steps/create-seller-change-request"

export type CreateSellerChangeRequestInput = {
  seller_id: string
  member_id: string
  changes: Record<string, unknown>
  reason: string
  document_ids?: string[]
}

/**
 * An approved (or suspended) seller asks to change its verified identity: guard → store the
 * request, pending, with the fields' current values. Nothing changes until the operator accepts.
 */
export const createSellerChangeRequestWorkflow = createWorkflow(
  "create-seller-change-request",
  (input: CreateSellerChangeRequestInput) => {
    const checked = validateChangeRequestStep(transform({ input }, ({ input }) => ({
      seller_id: input.seller_id, changes: input.changes, document_ids: input.document_ids ?? [],
    })))
    const request = createSellerChangeRequestStep(transform({ input, checked }, ({ input, checked }) => ({
      seller_id: input.seller_id, requested_by: input.member_id, reason: input.reason, ...checked,
    })))
    return new WorkflowResponse(request)
  }
)
