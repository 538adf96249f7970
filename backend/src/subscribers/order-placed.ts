import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { orderPlacedWorkflow } from "../workflows/order/workflows/order-placed"

/** Links the order to its sellers (idempotent) and sends the confirmations. */
export default async function orderPlacedHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await orderPlacedWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
