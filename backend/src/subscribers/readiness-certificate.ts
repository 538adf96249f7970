import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { idsOf, refreshSellers, sellersOf } from "../workflows/readiness/sellers-of"

/** A certificate claimed, verified, rejected, revoked or expired moves items B2, B3, D1–D3 and D5. */
export default async function readinessCertificateHandler({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  await refreshSellers(container, await sellersOf(container, "certificate", idsOf(event.data)), event.name)
}

export const config: SubscriberConfig = {
  event: ["certification.created", "certification.verified", "certification.rejected", "certification.revoked", "certification.expired"],
}
