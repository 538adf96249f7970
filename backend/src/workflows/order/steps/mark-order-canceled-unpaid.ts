import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

/** The order metadata key that says the job cancelled the order for want of payment. */
export const CANCELED_UNPAID_KEY = "canceled_unpaid"

export type CanceledUnpaidMark = { at: string; days: number }

/**
 * Marks the order as cancelled by the unpaid-order job (`metadata.canceled_unpaid = { at, days }`),
 * so the job can find orders whose shopper and workshops have not been told yet and tell them on
 * the next run. Undone by restoring the previous metadata.
 */
export const markOrderCanceledUnpaidStep = createStep(
  "mark-order-canceled-unpaid",
  async (input: { order_id: string; days: number; at: string }, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const order = await orders.retrieveOrder(input.order_id, { select: ["id", "metadata"] })
    const before = (order.metadata ?? null) as Record<string, unknown> | null
    const mark: CanceledUnpaidMark = { at: input.at, days: input.days }
    await orders.updateOrders(input.order_id, { metadata: { ...(before ?? {}), [CANCELED_UNPAID_KEY]: mark } })
    return new StepResponse(mark, { order_id: input.order_id, before })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve(Modules.ORDER).updateOrders(undo.order_id, { metadata: undo.before ?? {} })
  }
)
