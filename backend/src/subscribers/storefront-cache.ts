import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { envVars } from "../env"
import { createRevalidator, STOREFRONT_CACHE_EVENTS, tagsForEvent, type Revalidator } from "../lib/storefront-revalidation"

// One per process, so the events of one window share a call; built on first use from the environment.
let revalidator: Revalidator | null | undefined

/** Expires the storefront's cached answers that the event made wrong (lib/storefront-revalidation.ts). */
export default async function storefrontCacheHandler({ event, container }: SubscriberArgs<unknown>) {
  if (revalidator === undefined) {
    const env = envVars(["STOREFRONT_URL", "REVALIDATE_SECRET"])
    revalidator = createRevalidator({ storefrontUrl: env.STOREFRONT_URL, secret: env.REVALIDATE_SECRET, logger: container.resolve(ContainerRegistrationKeys.LOGGER) })
  }
  await revalidator?.expire(tagsForEvent(event.name))
}

export const config: SubscriberConfig = { event: [...STOREFRONT_CACHE_EVENTS], context: { subscriberId: "storefront-cache" } }
