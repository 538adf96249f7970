import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

export type CertificateNotice = {
  seller_id: string | null
  template: string
  data: Record<string, unknown>
}

/** Tells the seller about its certificate (decision, reminder) through the Notification module (email channel). */
export async function notifyCertificateSeller(container: MedusaContainer, notice: CertificateNotice) {
  if (!notice.seller_id) return false
  const seller = await container.resolve<SellerModuleService>(SELLER_MODULE).retrieveSeller(notice.seller_id)
  if (!seller.email) return false
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: seller.email, channel: "email", template: notice.template,
    data: { seller_id: seller.id, seller_name: seller.name, ...notice.data },
  })
  return true
}

export const notifyCertificateSellerStep = createStep("notify-certificate-seller", async (input: CertificateNotice, { container }) => {
  await notifyCertificateSeller(container, input)
})
