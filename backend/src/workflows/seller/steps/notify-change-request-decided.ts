import { createStep } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { resources } from "@canting/i18n"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

const message = (status: "accepted" | "rejected") => {
  const key = status === "accepted" ? "notifyAccepted" : "notifyRejected"
  return { id: resources.id.common.sellerPortal.changeRequest[key], en: resources.en.common.sellerPortal.changeRequest[key] }
}

/**
 * Tells the seller that its change request was accepted or rejected (Notification module, email
 * channel, template `seller-change-request-<status>`), with the message in each language and the note.
 */
export const notifyChangeRequestDecidedStep = createStep(
  "notify-change-request-decided",
  async (input: { seller_id: string; id: string; status: "accepted" | "rejected"; fields: string[]; note: string | null }, { container }) => {
    const seller = await container.resolve<SellerModuleService>(SELLER_MODULE).retrieveSeller(input.seller_id)
    if (!seller.email) return
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: seller.email,
      channel: "email",
      template: `seller-change-request-${input.status}`,
      data: {
        seller_id: seller.id, seller_name: seller.name, change_request_id: input.id, status: input.status,
        fields: input.fields, note: input.note, message: message(input.status),
      },
    })
  }
)
