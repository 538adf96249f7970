import { addToCartWorkflow, createCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertMinimumOrder, assertNoServerMetadata, assertSellersSelling } from "../rules"

type ValidateHook<I> = { validate: (handler: (input: I, context: { container: MedusaContainer }) => Promise<StepResponse<unknown, unknown>>) => void }
type Item = { variant_id?: string | null; quantity?: unknown; metadata?: Record<string, unknown> | null }

/** What the cart already holds of each variant: Medusa merges an added piece into the line of the same variant. */
async function heldQuantities(container: MedusaContainer, cartId: string | undefined) {
  const held = new Map<string, number>()
  if (!cartId) return held
  const { data: [cart] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["items.variant_id", "items.quantity"], filters: { id: cartId } })
  for (const item of (cart as { items?: ({ variant_id?: string | null; quantity: unknown } | null)[] } | undefined)?.items ?? []) {
    if (item?.variant_id) held.set(item.variant_id, (held.get(item.variant_id) ?? 0) + Number(item.quantity))
  }
  return held
}

/**
 * Which workshop a line belongs to is the server's to decide (from the product's link), only
 * an approved workshop sells, and a wholesale listing's line holds at least its minimum order. These run inside Medusa's cart workflows, so every way a line is
 * created or changed passes them, not only the store routes.
 */
;(createCartWorkflow.hooks as unknown as ValidateHook<{ input: { items?: Item[] } }>).validate(async ({ input }, { container }) => {
  const items = input?.items ?? []
  assertNoServerMetadata(items, (i) => `items.${i}.`)
  await assertSellersSelling(container, items.map((i) => i?.variant_id))
  await assertMinimumOrder(container, items.map((i, n) => ({ variant_id: i?.variant_id, quantity: Number(i?.quantity), field: `items.${n}.quantity` })))
  return new StepResponse(undefined)
})

;(addToCartWorkflow.hooks as unknown as ValidateHook<{ input: { cart_id?: string; items?: Item[] } }>).validate(async ({ input }, { container }) => {
  const items = input?.items ?? []
  // The store route adds one line per request; name its fields as the client sent them.
  const prefix = (i: number) => (items.length === 1 ? "" : `items.${i}.`)
  assertNoServerMetadata(items, prefix)
  await assertSellersSelling(container, items.map((i) => i?.variant_id))
  // The minimum binds the line as it will be: what the cart holds of the variant plus what is added.
  const held = await heldQuantities(container, input?.cart_id)
  await assertMinimumOrder(container, items.map((i, n) => ({
    variant_id: i?.variant_id, quantity: Number(i?.quantity) + (i?.variant_id ? held.get(i.variant_id) ?? 0 : 0), field: `${prefix(n)}quantity`,
  })))
  return new StepResponse(undefined)
})

;(updateLineItemInCartWorkflow.hooks as unknown as ValidateHook<{
  input: { item_id: string; update?: Item }
  cart: { items?: ({ id: string; variant_id?: string | null } | null)[] }
}>).validate(async ({ input, cart }, { container }) => {
  assertNoServerMetadata([input?.update], () => "")
  const line = (cart?.items ?? []).find((i) => i?.id === input?.item_id)
  await assertSellersSelling(container, [line?.variant_id])
  // Zero removes the line, which is always allowed; any other quantity must reach the minimum.
  if (input?.update?.quantity !== undefined) await assertMinimumOrder(container, [{ variant_id: line?.variant_id, quantity: Number(input.update.quantity), field: "quantity" }])
  return new StepResponse(undefined)
})
