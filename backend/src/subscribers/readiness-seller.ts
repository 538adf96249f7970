import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { idsOf, refreshSellers, sellersOf } from "../workflows/readiness/sellers-of"

/**
 * Profile edits (incl. the export answers), status changes and document uploads or reviews change
 * a seller's readiness. The seller module emits these for every write of its models.
 */
export default async function readinessSellerHandler({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  const ids = idsOf(event.data)
  const sellers = event.name === "seller.seller.updated" ? ids
    : event.name.startsWith("seller.seller-document.") ? await sellersOf(container, "seller_document", ids)
      : await sellersOf(container, "seller_status_event", ids)
  await refreshSellers(container, sellers, event.name)
}

export const config: SubscriberConfig = {
  event: ["seller.seller.updated", "seller.seller-status-event.created", "seller.seller-document.created", "seller.seller-document.updated"],
}
