import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import type { ClaimedAlert } from "./claim-stock-alerts"

/**
 * Emails each workshop about its claimed variants, one `seller-low-stock` email per variant
 * (providers/email/templates/stock.tsx). The key names the alert
 * row, so a retried run does not send twice, while the next fall after a restock (a new row) does.
 */
export const notifyLowStockStep = createStep("notify-low-stock", async (claimed: ClaimedAlert[], { container }) => {
  const notifications: CreateNotificationDTO[] = claimed.filter((c) => c.seller_email).map((c) => ({
    to: c.seller_email!, channel: "email", template: "seller-low-stock", idempotency_key: `seller-low-stock:${c.alert_id}`,
    data: {
      seller_id: c.seller_id, seller_name: c.seller_name, product_id: c.product_id, title: c.product_title,
      variant_id: c.variant_id, variant_title: c.variant_title, available: c.available, threshold: c.threshold,
    },
  }))
  const sent = notifications.length ? await container.resolve(Modules.NOTIFICATION).createNotifications(notifications) : []
  return new StepResponse(sent.map((n) => n.id))
})
