import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planStockAlertsStep, type StockAlertTarget } from "../steps/plan-stock-alerts"
import { clearStockAlertsStep } from "../steps/clear-stock-alerts"
import { claimStockAlertsStep } from "../steps/claim-stock-alerts"
import { notifyLowStockStep } from "../steps/notify-low-stock"

export type CheckStockAlertsInput = StockAlertTarget & {
  /** After a sale: tell workshops about variants that fell to their threshold. Otherwise (a restock, a cancellation) only forget ended alerts. */
  notify: boolean
}

/**
 * Stock alerts (issue #21): compares the targeted variants' available stock at their workshop with
 * their listing's threshold; a variant at or below it is claimed and its workshop emailed once, and
 * a variant above it again loses its alert, so the next fall tells the workshop again.
 */
export const checkStockAlertsWorkflow = createWorkflow("check-stock-alerts", (input: CheckStockAlertsInput) => {
  const plan = planStockAlertsStep(input)
  clearStockAlertsStep(transform({ plan }, ({ plan }) => plan.clear))
  const claimed = claimStockAlertsStep(transform({ plan }, ({ plan }) => plan.notify))
  const sent = notifyLowStockStep(claimed)
  return new WorkflowResponse({ claimed: transform({ claimed }, ({ claimed }) => claimed.map((c) => c.variant_id)), cleared: transform({ plan }, ({ plan }) => plan.clear), sent })
})
