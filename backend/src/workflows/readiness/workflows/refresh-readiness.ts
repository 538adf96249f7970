import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshReadinessStep } from "../steps/refresh-readiness"

/** Recomputes a seller's export readiness (called by the readiness-* subscribers). */
export const refreshReadinessWorkflow = createWorkflow("refresh-readiness", (input: { seller_id: string }) => {
  return new WorkflowResponse(refreshReadinessStep(input))
})
