import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { linkOrderToSellers, unlinkOrderSellers } from "../steps/link-order-sellers"
import { assertCartCompletable, assertInStock, type CompletionCart } from "../../cart/rules"
import { checkoutLockOwner, lockInventoryItems, releaseInventoryLocks } from "../../cart/checkout-lock"
import { checkStock } from "../../cart/stock"

type Handler<I, U> = (input: I, context: { container: MedusaContainer }) => Promise<StepResponse<unknown, U | undefined>>
type Compensate<U> = (undo: U | undefined, context: { container: MedusaContainer }) => Promise<void>

/**
 * Checkout rules live inside Medusa's cart-completion workflow, so every completion passes them:
 * the store route in any spelling, the Stripe webhook, a script. `orderCreated` exists at runtime in
 * 2.21 but is not in the exported hook types.
 */
const hooks = completeCartWorkflow.hooks as unknown as {
  validate: (handler: Handler<{ input: { id: string }; cart?: CompletionCart | null }, { owner: string }>, compensate?: Compensate<{ owner: string }>) => void
  orderCreated: (
    handler: Handler<{ order_id: string; cart_id: string }, { order_id: string; created: string[] }>,
    compensate?: Compensate<{ order_id: string; created: string[] }>,
  ) => void
}

/**
 * Before the order exists: items present, every workshop still selling, a shipping method per
 * workshop, stock for every line. Then the inventory items are locked and the stock read again
 * under the lock, so concurrent completions of the last units place exactly as many orders as
 * there are units; the lock is held until the order (and Medusa's reservation) exists.
 */
hooks.validate(
  async ({ cart }, { container }) => {
    if (!cart || cart.completed_at) return new StepResponse(undefined, undefined)
    const lines = await assertCartCompletable(container, cart)
    const { inventoryItemIds } = await checkStock(container, cart.sales_channel_id, lines)
    if (!inventoryItemIds.length) return new StepResponse(undefined, undefined)
    const owner = checkoutLockOwner(cart.id)
    await lockInventoryItems(container, inventoryItemIds, owner)
    try {
      await assertInStock(container, cart.sales_channel_id, lines)
    } catch (error) {
      await releaseInventoryLocks(container, owner)
      throw error
    }
    return new StepResponse(undefined, { owner })
  },
  async (undo, { container }) => {
    if (undo?.owner) await releaseInventoryLocks(container, undo.owner)
  }
)

// Should a Medusa upgrade drop the hook, the order.placed subscriber still links every order (a moment later).
if (typeof hooks.orderCreated === "function") {
  hooks.orderCreated(
    async ({ order_id, cart_id }, { container }) => {
      // The order and its reservations exist: other completions may now read the stock.
      await releaseInventoryLocks(container, checkoutLockOwner(cart_id))
      const result = await linkOrderToSellers(container, order_id)
      return new StepResponse(result, { order_id, created: result.created })
    },
    async (undo, { container }) => {
      if (undo) await unlinkOrderSellers(container, undo.order_id, undo.created)
    }
  )
}
