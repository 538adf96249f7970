import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { idsOf, refreshSellers, sellersOf } from "../workflows/readiness/sellers-of"

/** Listings (published or not, technique, English title, spec, HS code) move items B1, B4, B5 and E2. */
export default async function readinessProductHandler({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  await refreshSellers(container, await sellersOf(container, "product", idsOf(event.data)), event.name)
}

export const config: SubscriberConfig = { event: ["product.created", "product.updated"] }
