import { createStep } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

/** Tells the seller that a document was accepted or rejected (Notification module, email channel). */
export const notifyDocumentReviewedStep = createStep(
  "notify-document-reviewed",
  async (input: { seller_id: string; document_id: string; kind: string; state: string; note?: string | null }, { container }) => {
    const seller = await container.resolve<SellerModuleService>(SELLER_MODULE).retrieveSeller(input.seller_id)
    if (!seller.email) return
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: seller.email,
      channel: "email",
      template: "seller-document-reviewed",
      data: {
        seller_id: seller.id, seller_name: seller.name,
        document_id: input.document_id, kind: input.kind, review_state: input.state, review_note: input.note ?? null,
      },
    })
  }
)
