import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { RuleError } from "../../lib/errors"
import { isOutageError } from "../../lib/outage"

/** How long a completion waits for other completions of the same items before answering 409 checkout_busy. */
export const COMPLETION_LOCK_TIMEOUT_S = 60
/** A lock outlives a crashed completion by at most this long. */
const LOCK_TTL_S = 120
const LOCK_PREFIX = "canting:checkout:inventory:"
const RETRY_MS = 50

/** The owner of a cart completion's inventory locks. */
export const checkoutLockOwner = (cartId: string) => `checkout:${cartId}`

/**
 * Takes the inventory items' locks for one completion (Medusa's Locking module: in memory, or Redis
 * across processes). Keys are taken one at a time in sorted order, so two carts never wait on each
 * other crosswise and a timeout gives back exactly what was taken. Past the timeout: 409 checkout_busy;
 * an unreachable lock store fails at once (503).
 */
export async function lockInventoryItems(container: MedusaContainer, inventoryItemIds: string[], ownerId: string): Promise<string[]> {
  const locking = container.resolve(Modules.LOCKING)
  const keys = [...new Set(inventoryItemIds)].map((id) => `${LOCK_PREFIX}${id}`).sort()
  const until = Date.now() + COMPLETION_LOCK_TIMEOUT_S * 1000
  const held: string[] = []
  for (const key of keys) {
    for (;;) {
      try {
        await locking.acquire(key, { ownerId, expire: LOCK_TTL_S })
        held.push(key)
        break
      } catch (e) {
        // The lock store itself is unreachable (Redis down): waiting cannot help, and the shopper
        // should get the outage's 503 now rather than checkout_busy after a minute. Never proceeds unlocked.
        if (isOutageError(e)) {
          await locking.release(held, { ownerId }).catch(() => undefined)
          throw e
        }
        if (Date.now() >= until) {
          await locking.release(held, { ownerId })
          throw new RuleError(409, "checkout_busy", [{ field: "items", code: "checkout_busy" }])
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS))
      }
    }
  }
  return held
}

/** Gives back every inventory lock a completion holds (order placed, or the completion failed). */
export async function releaseInventoryLocks(container: MedusaContainer, ownerId: string) {
  await container.resolve(Modules.LOCKING).releaseAll({ ownerId })
}
