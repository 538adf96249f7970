import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { ORDER_ITEM_FIELDS, sellerItems, unfulfilledItems, type OrderRow } from "../seller-part"

export type SellerFulfillmentPlan = { items: { id: string; quantity: number }[]; location_id?: string }

/**
 * Finds what the seller still has to send in the order: every one of its items not yet
 * covered by a fulfilment, and the stock location its pieces were reserved at.
 * Not found when the order holds none of the seller's items; not allowed when the order
 * is cancelled or everything was already sent.
 */
export const prepareSellerFulfillmentStep = createStep(
  "prepare-seller-fulfillment",
  async (input: { order_id: string; seller_id: string }, { container }) => {
    const { data: [order] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "status", ...ORDER_ITEM_FIELDS],
      filters: { id: input.order_id },
    })
    const row = order as unknown as (OrderRow & { status: string }) | undefined
    if (!row || !sellerItems(row, input.seller_id).length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    if (row.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "order_canceled: the order was cancelled")
    const items = unfulfilledItems(row, input.seller_id)
    if (!items.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "already_fulfilled: every item of this seller was already sent")
    const reservations = await container.resolve(Modules.INVENTORY).listReservationItems({ line_item_id: items.map((i) => i.id) })
    const location_id = reservations.find((r: any) => r.location_id)?.location_id as string | undefined
    return new StepResponse<SellerFulfillmentPlan>({ items, location_id })
  }
)
