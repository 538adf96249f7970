import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { orderPaymentStatus, type PaymentStatusInput } from "../payment-status"
import { ORDER_ITEM_FIELDS, sellerItems, unfulfilledItems, type OrderRow } from "../seller-part"
import { RefusalError } from "../../../lib/errors"

export type SellerFulfillmentPlan = { items: { id: string; quantity: number }[]; location_id?: string; shipping_option_id?: string }

/** Payment states in which the money is in: the seller may send its part. */
const PAID = new Set(["captured", "partially_refunded"])

/**
 * Finds what the seller still has to send in the order: every one of its items not yet
 * covered by a fulfilment, the seller's own stock location (else where its pieces were
 * reserved) and the order's shipping method chosen for the seller (the option of its profile).
 * Not found when the order holds none of the seller's items; not allowed when the order is
 * cancelled, its payment is not captured yet (`payment_not_captured`: bank transfers are
 * captured by the operator when the money arrives) or everything was already sent.
 */
export const prepareSellerFulfillmentStep = createStep(
  "prepare-seller-fulfillment",
  async (input: { order_id: string; seller_id: string }, { container }) => {
    const { data: [order] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: [
        "id", "status", ...ORDER_ITEM_FIELDS, "shipping_methods.shipping_option_id",
        "payment_collections.status", "payment_collections.amount", "payment_collections.captured_amount", "payment_collections.refunded_amount",
      ],
      filters: { id: input.order_id },
    })
    const row = order as unknown as (OrderRow & PaymentStatusInput & { status: string; shipping_methods?: ({ shipping_option_id?: string | null } | null)[] | null }) | undefined
    if (!row || !sellerItems(row, input.seller_id).length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    if (row.status === "canceled") throw new RefusalError("order_canceled", "the order was cancelled")
    const items = unfulfilledItems(row, input.seller_id)
    if (!items.length) throw new RefusalError("already_fulfilled", "every item of this seller was already sent")
    const payment = orderPaymentStatus(row)
    if (!PAID.has(payment)) throw new RefusalError("payment_not_captured", `the payment is ${payment}`)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [seller] } = await query.graph({ entity: "seller", fields: ["id", "stock_location.id"], filters: { id: input.seller_id } })
    const reservations = await container.resolve(Modules.INVENTORY).listReservationItems({ line_item_id: items.map((i) => i.id) })
    const location_id = (seller as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id ?? reservations.find((r) => r.location_id)?.location_id

    // The seller's shipping method: the order's method whose option serves the profile of the seller's pieces.
    const productIds = sellerItems(row, input.seller_id).map((i) => i.product_id).filter((id): id is string => Boolean(id))
    const optionIds = (row.shipping_methods ?? []).map((m) => m?.shipping_option_id).filter((id): id is string => Boolean(id))
    const [{ data: products }, { data: options }] = await Promise.all([
      productIds.length ? query.graph({ entity: "product", fields: ["id", "shipping_profile.id"], filters: { id: productIds } }) : Promise.resolve({ data: [] }),
      optionIds.length ? query.graph({ entity: "shipping_option", fields: ["id", "shipping_profile_id"], filters: { id: optionIds } }) : Promise.resolve({ data: [] }),
    ])
    const profiles = new Set((products as ({ shipping_profile?: { id: string } | null } | null)[]).map((p) => p?.shipping_profile?.id).filter(Boolean))
    const shipping_option_id = (options as { id: string; shipping_profile_id: string }[]).find((o) => profiles.has(o.shipping_profile_id))?.id
    return new StepResponse<SellerFulfillmentPlan>({ items, location_id, shipping_option_id })
  }
)
