import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { ORDER_ITEM_FIELDS, quantityOf, type OrderRow } from "../seller-part"
import { ORDER_LOCALE_FIELDS, orderEmailLocale } from "../../../lib/email-locale"

export type NotifyOrderShippedInput = {
  order_id: string
  seller_id: string
  fulfillment_id: string
  item_ids: string[]
  tracking_number: string
  carrier?: string | null
  tracking_url?: string | null
}

/** Tells the shopper that one workshop sent its part ("order-shipped"), with the tracking number. */
export const notifyOrderShippedStep = createStep("notify-order-shipped", async (input: NotifyOrderShippedInput, { container }) => {
  const { data: [order] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order", fields: ["id", "display_id", "email", ...ORDER_LOCALE_FIELDS, ...ORDER_ITEM_FIELDS], filters: { id: input.order_id },
  })
  const row = order as unknown as (OrderRow & Parameters<typeof orderEmailLocale>[0]) | undefined
  if (!row?.email) return new StepResponse(null)
  const seller = await container.resolve<SellerModuleService>(SELLER_MODULE).retrieveSeller(input.seller_id, { select: ["id", "handle", "name"] })
  const items = (row.items ?? []).filter((i) => i && input.item_ids.includes(i.id))
    .map((i) => ({ id: i!.id, title: i!.title, variant_title: i!.variant_title ?? null, quantity: quantityOf(i!) }))
  const [sent] = await container.resolve(Modules.NOTIFICATION).createNotifications([{
    to: row.email, channel: "email", template: "order-shipped", idempotency_key: `order-shipped:${input.fulfillment_id}`,
    data: {
      order_id: row.id, display_id: row.display_id, locale: orderEmailLocale(row),
      seller: { id: seller.id, handle: seller.handle, name: seller.name }, seller_name: seller.name, items,
      tracking_number: input.tracking_number, carrier: input.carrier ?? null, tracking_url: input.tracking_url ?? null,
    },
  }])
  return new StepResponse(sent?.id ?? null)
})
