import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FieldValidationError, RuleError, type FieldError } from "../../lib/errors"
import { SELLER_ID_KEY } from "../order/seller-part"
import { checkStock, type CartLine } from "./stock"
import { cartShippingGroups } from "./seller-shipping"
import { tradeTerms } from "../seller-product/trade-terms"

/** Line-item metadata keys only the server writes: a client that sends one is refused. */
export const SERVER_METADATA_KEYS = [SELLER_ID_KEY] as const

type ItemInput = { variant_id?: string | null; metadata?: Record<string, unknown> | null }

/** Refuses client metadata that would set a key the server relies on (e.g. which workshop gets the line). */
export function assertNoServerMetadata(items: (ItemInput | null | undefined)[], prefix: (i: number) => string) {
  const errors: FieldError[] = []
  items.forEach((item, i) => {
    const metadata = item?.metadata
    if (!metadata || typeof metadata !== "object") return
    for (const key of SERVER_METADATA_KEYS) if (key in metadata) errors.push({ field: `${prefix(i)}metadata.${key}`, code: "metadata_reserved" })
  })
  if (errors.length) throw new FieldValidationError(errors)
}

type VariantSeller = { id: string; product?: { id: string; title: string; seller?: { id: string; status: string } | null } | null }

/**
 * Only an approved workshop sells: a piece whose seller is draft, under review, rejected or
 * suspended cannot be added, changed or bought (409 naming the piece). Pieces without a seller
 * (the platform's own) are not affected.
 */
export async function assertSellersSelling(container: MedusaContainer, variantIds: (string | null | undefined)[]) {
  const ids = [...new Set(variantIds.filter((id): id is string => typeof id === "string" && id.length > 0))]
  if (!ids.length) return
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant", fields: ["id", "product.id", "product.title", "product.seller.id", "product.seller.status"], filters: { id: ids },
  })
  const blocked = (data as VariantSeller[]).filter((v): v is VariantSeller & { product: NonNullable<VariantSeller["product"]> } => Boolean(v?.product?.seller) && v.product!.seller!.status !== "approved")
  if (!blocked.length) return
  throw new RuleError(409, "seller_unavailable", blocked.map((v) => ({
    field: "items", code: "seller_unavailable", variant_id: v.id, product_id: v.product.id, params: { piece: v.product.title },
  })))
}

/** A line as it will be after the change: its variant, its resulting quantity and the request field that set it. */
export type LineQuantity = { variant_id?: string | null; quantity: number; field: string }

type VariantTerms = { id: string; product?: { title: string; metadata?: Record<string, unknown> | null } | null }

/**
 * A wholesale listing sells no line below its minimum order (`product.metadata`, trade-terms.ts):
 * 400 `below_moq` naming the line's quantity field and the minimum. Runs in Medusa's cart
 * workflows' validate hooks, so adding, creating with items and changing a quantity all pass here.
 */
export async function assertMinimumOrder(container: MedusaContainer, lines: LineQuantity[]) {
  const ids = [...new Set(lines.flatMap((l) => (l.variant_id && l.quantity > 0 ? [l.variant_id] : [])))]
  if (!ids.length) return
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant", fields: ["id", "product.title", "product.metadata"], filters: { id: ids },
  })
  const byId = new Map((data as VariantTerms[]).map((v) => [v.id, v]))
  const errors = lines.flatMap((line) => {
    const variant = line.variant_id ? byId.get(line.variant_id) : undefined
    const { wholesale, moq } = tradeTerms(variant?.product?.metadata)
    if (!variant || !wholesale || line.quantity <= 0 || line.quantity >= moq) return []
    return [{ field: line.field, code: "below_moq", variant_id: variant.id, minimum: moq, params: { minimum: moq, piece: variant.product?.title ?? "" } }]
  })
  if (errors.length) throw new RuleError(400, "below_moq", errors)
}

export type CompletionCart = {
  id: string
  completed_at?: string | Date | null
  sales_channel_id?: string | null
  items?: ({ variant_id?: string | null; quantity?: unknown } | null)[] | null
}

/**
 * What every completion must satisfy, whoever starts it (the store route in any spelling, the
 * Stripe webhook, a script): items present, every workshop still selling, one shipping method per
 * workshop, stock for every line. Runs inside Medusa's complete-cart workflow (its validate hook).
 */
export async function assertCartCompletable(container: MedusaContainer, cart: CompletionCart): Promise<CartLine[]> {
  const items = (cart.items ?? []).filter((i): i is NonNullable<typeof i> => Boolean(i))
  if (!items.length) throw new FieldValidationError([{ field: "items", code: "cart_empty" }])
  await assertSellersSelling(container, items.map((i) => i.variant_id))
  const unshipped = (await cartShippingGroups(container, cart.id)).filter((g) => !g.chosen)
  if (unshipped.length) {
    throw new RuleError(400, "shipping_method_missing", unshipped.map((g) => ({
      field: "shipping_methods", code: "shipping_method_missing", seller_id: g.seller?.id ?? null, params: { seller: g.seller?.name ?? g.shipping_profile_id },
    })))
  }
  const lines = items.filter((i) => i.variant_id).map((i) => ({ variant_id: i.variant_id!, quantity: Number(i.quantity) }))
  await assertInStock(container, cart.sales_channel_id, lines)
  return lines
}

/** 409 sold_out when the lines no longer fit the stock (the cart is left as it was). */
export async function assertInStock(container: MedusaContainer, salesChannelId: string | null | undefined, lines: CartLine[]) {
  const { shortages, inventoryItemIds } = await checkStock(container, salesChannelId, lines)
  if (shortages.length) throw new RuleError(409, "sold_out", [{ field: "items", code: "sold_out" }], { shortages })
  return inventoryItemIds
}
