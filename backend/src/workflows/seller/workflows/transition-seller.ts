import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_TRANSITIONS, type SellerAction } from "../../../modules/seller/transitions"
import { validateSellerTransitionStep } from "../steps/validate-seller-transition"
import { setSellerStatusStep } from "../steps/set-seller-status"
import { recordSellerStatusEventStep } from "../steps/record-seller-status-event"
import { notifySellerStep } from "../steps/notify-seller"
import { provisionSellerShippingWorkflow } from "./provision-seller-shipping"

export type SellerTransitionInput = { seller_id: string; actor_id: string; reason?: string | null }

/**
 * Builds the workflow of one status transition: guard (allowed from this status, reason
 * given, complete when submitting), change status, record who/when/why, notify the seller.
 */
function transitionWorkflow(id: string, action: SellerAction) {
  const rule = SELLER_TRANSITIONS[action]
  return createWorkflow(id, (input: SellerTransitionInput) => {
    const guard = transform({ input }, ({ input }) => ({ seller_id: input.seller_id, action, reason: input.reason }))
    const { from } = validateSellerTransitionStep(guard)
    const change = transform({ input, from }, ({ input, from }) => ({ seller_id: input.seller_id, from, to: rule.to }))
    const seller = setSellerStatusStep(change)
    const event = transform({ input, from }, ({ input, from }) => ({
      seller_id: input.seller_id, from, to: rule.to, actor_type: rule.actor, actor_id: input.actor_id, reason: input.reason,
    }))
    recordSellerStatusEventStep(event)
    // An approved workshop ships from its own location with its own profile and options (kept when they exist).
    if (rule.to === "approved") {
      provisionSellerShippingWorkflow.runAsStep({
        input: transform({ seller }, ({ seller }) => ({ seller_id: seller.id, name: seller.name })),
      })
    }
    notifySellerStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id, to: rule.to, reason: input.reason })))
    return new WorkflowResponse(seller)
  })
}

/** Seller sends a complete profile for review: draft | changes_requested → submitted. */
export const submitSellerWorkflow = transitionWorkflow("submit-seller", "submit")
/** Operator approves: submitted → approved; the seller's published products become visible and it gets its own stock location and shipping. */
export const approveSellerWorkflow = transitionWorkflow("approve-seller", "approve")
/** Operator rejects with a reason: submitted → rejected. */
export const rejectSellerWorkflow = transitionWorkflow("reject-seller", "reject")
/** Operator asks for changes with notes: submitted → changes_requested. */
export const requestSellerChangesWorkflow = transitionWorkflow("request-seller-changes", "request_changes")
/** Operator suspends with a reason: approved → suspended; the seller's products are hidden. */
export const suspendSellerWorkflow = transitionWorkflow("suspend-seller", "suspend")
/** Operator reinstates: suspended → approved. */
export const reinstateSellerWorkflow = transitionWorkflow("reinstate-seller", "reinstate")

export const SELLER_ACTION_WORKFLOWS = {
  submit: submitSellerWorkflow,
  approve: approveSellerWorkflow,
  reject: rejectSellerWorkflow,
  request_changes: requestSellerChangesWorkflow,
  suspend: suspendSellerWorkflow,
  reinstate: reinstateSellerWorkflow,
} as const
