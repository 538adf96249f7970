import { addToCartWorkflow, createCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertNoServerMetadata, assertSellersSelling } from "../rules"

type ValidateHook<I> = { validate: (handler: (input: I, context: { container: MedusaContainer }) => Promise<StepResponse<unknown, unknown>>) => void }
type Item = { variant_id?: string | null; metadata?: Record<string, unknown> | null }

/**
 * Which workshop a line belongs to is the server's to decide (from the product's link), and only
 * an approved workshop sells. These run inside Medusa's cart workflows, so every way a line is
 * created or changed passes them, not only the store routes.
 */
;(createCartWorkflow.hooks as unknown as ValidateHook<{ input: { items?: Item[] } }>).validate(async ({ input }, { container }) => {
  const items = input?.items ?? []
  assertNoServerMetadata(items, (i) => `items.${i}.`)
  await assertSellersSelling(container, items.map((i) => i?.variant_id))
  return new StepResponse(undefined)
})

;(addToCartWorkflow.hooks as unknown as ValidateHook<{ input: { items?: Item[] } }>).validate(async ({ input }, { container }) => {
  const items = input?.items ?? []
  // The store route adds one line per request; name its fields as the client sent them.
  assertNoServerMetadata(items, (i) => (items.length === 1 ? "" : `items.${i}.`))
  await assertSellersSelling(container, items.map((i) => i?.variant_id))
  return new StepResponse(undefined)
})

;(updateLineItemInCartWorkflow.hooks as unknown as ValidateHook<{
  input: { item_id: string; update?: Item }
  cart: { items?: ({ id: string; variant_id?: string | null } | null)[] }
}>).validate(async ({ input, cart }, { container }) => {
  assertNoServerMetadata([input?.update], () => "")
  const line = (cart?.items ?? []).find((i) => i?.id === input?.item_id)
  await assertSellersSelling(container, [line?.variant_id])
  return new StepResponse(undefined)
})
