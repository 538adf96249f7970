import { createStep } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

/** Tells the seller's owner about a status change through the Notification module (email channel). */
export const notifySellerStep = createStep(
  "notify-seller",
  async (input: { seller_id: string; to: string; reason?: string | null }, { container }) => {
    const seller = await container.resolve<SellerModuleService>(SELLER_MODULE).retrieveSeller(input.seller_id)
    if (!seller.email) return
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: seller.email,
      channel: "email",
      template: `seller-status-${input.to}`,
      data: { seller_id: seller.id, seller_name: seller.name, status: input.to, reason: input.reason ?? null },
    })
  }
)
