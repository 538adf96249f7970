import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { UNPAID_ORDER_FIELDS, whyNotCancellable, type UnpaidOrderRow } from "../unpaid-orders"
import { RefusalError } from "../../../lib/errors"

/**
 * Reads the order again just before it is cancelled and refuses (`not_allowed`,
 * `unpaid_order_not_cancellable: <reason>`) unless it is still an unpaid bank-transfer order placed
 * at or before `cutoff` with nothing fulfilled: the operator may have captured the transfer since
 * the job listed it, and Medusa's cancellation would refund captured money.
 */
export const validateUnpaidOrderStep = createStep(
  "validate-unpaid-order",
  async (input: { order_id: string; cutoff: string }, { container }) => {
    const { data: [order] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order", fields: UNPAID_ORDER_FIELDS, filters: { id: input.order_id },
    })
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    const reason = whyNotCancellable(order as unknown as UnpaidOrderRow, new Date(input.cutoff))
    if (reason) throw new RefusalError("unpaid_order_not_cancellable", reason)
    return new StepResponse(true)
  }
)
