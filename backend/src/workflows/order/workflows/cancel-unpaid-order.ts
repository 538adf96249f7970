import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { validateUnpaidOrderStep } from "../steps/validate-unpaid-order"
import { markOrderCanceledUnpaidStep } from "../steps/mark-order-canceled-unpaid"

export type CancelUnpaidOrderInput = {
  order_id: string
  /** orders placed after this moment (ISO) are too recent */
  cutoff: string
  /** the configured number of days, kept on the order and told to the shopper */
  days: number
  /** when the job decided (ISO, the backend clock) */
  at: string
}

/**
 * Cancels one bank-transfer order that was never paid: checks it again, then Medusa's own
 * cancellation (its stock reservations are deleted, so the pieces are on sale again; the
 * authorized payment is cancelled) and marks it as cancelled for want of payment.
 * The shopper and workshops are told afterwards (notifyOrderCanceledUnpaid), so a mail outage
 * cannot undo a cancellation.
 */
export const cancelUnpaidOrderWorkflow = createWorkflow("cancel-unpaid-order", (input: CancelUnpaidOrderInput) => {
  validateUnpaidOrderStep(transform({ input }, ({ input }) => ({ order_id: input.order_id, cutoff: input.cutoff })))
  cancelOrderWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.order_id })) })
  const mark = markOrderCanceledUnpaidStep(transform({ input }, ({ input }) => ({ order_id: input.order_id, days: input.days, at: input.at })))
  return new WorkflowResponse(mark)
})
