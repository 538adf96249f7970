import { LISTING_EVENTS } from "./catalog-events"
import { MIN_REVALIDATE_SECRET_LENGTH, STOREFRONT_REVALIDATE_PATH, type StorefrontCacheTag } from "@canting/domain"

/**
 * Tells the storefront which of its cached Store API answers an event made wrong, so a shopper sees
 * a new price, stock, suspension or certificate within moments instead of after the cache's safety
 * bound. One call per short window carries every tag the window's events named: an order reserves
 * stock for several lines at once and should cost the storefront one refetch, not one per line.
 */

/** Events that change what public pages show: the listings' own (the search index's), workshop status, badges and regions. */
export const STOREFRONT_CACHE_EVENTS = [
  ...LISTING_EVENTS,
  "seller.seller-status-event.created",
  "training_award.verified", "training_award.rejected",
  "region.created", "region.updated", "region.deleted",
] as const

/** The storefront cache tags an event makes stale. */
export function tagsForEvent(name: string): StorefrontCacheTag[] {
  return name.startsWith("region.") ? ["regions"] : ["shop"]
}

type Logger = { warn: (message: string) => void }

export type RevalidatorOptions = {
  storefrontUrl: string
  secret: string | undefined
  logger: Logger
  /** How long tags gather before one call goes out. */
  windowMs?: number
  /** A storefront that does not answer within this is given up on (its cache's safety bound still holds). */
  timeoutMs?: number
  fetch?: typeof fetch
}

export type Revalidator = {
  /** Queues tags; resolves once the call carrying them is answered or given up on. Never throws. */
  expire(tags: readonly StorefrontCacheTag[]): Promise<void>
}

/** A revalidator, or null when no usable secret is shared (then the storefront caches nothing either). */
export function createRevalidator({ storefrontUrl, secret, logger, windowMs = 50, timeoutMs = 2000, fetch: send = fetch }: RevalidatorOptions): Revalidator | null {
  if (!secret || secret.length < MIN_REVALIDATE_SECRET_LENGTH) return null
  const url = new URL(STOREFRONT_REVALIDATE_PATH, storefrontUrl).toString()
  let pending: { tags: Set<StorefrontCacheTag>; done: Promise<void> } | null = null

  const flush = async (tags: Set<StorefrontCacheTag>) => {
    try {
      const response = await send(url, {
        method: "POST",
        headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
        body: JSON.stringify({ tags: [...tags] }),
        signal: AbortSignal.timeout(timeoutMs),
      })
      if (!response.ok) logger.warn(`Storefront revalidation answered ${response.status} for ${[...tags].join(", ")}: its cached pages update within its safety bound instead`)
    } catch (e) {
      logger.warn(`Storefront revalidation failed (${e instanceof Error ? e.message : String(e)}): its cached pages update within its safety bound instead`)
    }
  }

  return {
    expire(tags) {
      if (!pending) {
        const batch = new Set<StorefrontCacheTag>()
        pending = {
          tags: batch,
          done: new Promise<void>((resolve) => setTimeout(() => {
            pending = null
            void flush(batch).then(resolve)
          }, windowMs)),
        }
      }
      for (const tag of tags) pending.tags.add(tag)
      return pending.done
    },
  }
}
