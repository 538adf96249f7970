import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { checkStockAlertsWorkflow, type CheckStockAlertsInput } from "../workflows/stock-alert/workflows/check-stock-alerts"

/**
 * Stock alerts: a placed order may bring a workshop's variant to its threshold (tell the workshop
 * once); a cancelled order or any change of an inventory level (the seller's restock, the admin)
 * may lift it above again (forget the alert). Every way stock moves passes one of these events.
 */
export default async function stockAlertsHandler({ event: { name, data }, container }: SubscriberArgs<{ id: string }>) {
  const input: CheckStockAlertsInput = name === "order.placed" ? { order_id: data.id, notify: true }
    : name === "order.canceled" ? { order_id: data.id, notify: false }
      : { inventory_level_ids: [data.id], notify: false }
  await checkStockAlertsWorkflow(container).run({ input })
}

export const config: SubscriberConfig = {
  event: ["order.placed", "order.canceled", "inventory-level.updated", "inventory-level.created"], context: { subscriberId: "stock-alerts" },
}
