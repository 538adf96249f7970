import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createShippingOptionsWorkflow, deleteShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { cartProfileRule } from "../../cart/cart-profiles"
import { SELLER_SHIPPING_RATES, SELLER_SHIPPING_ZONES, type SellerShippingZone } from "../shipping-rates"

const STORE_RULES = [
  { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
  { attribute: "is_return", value: "false", operator: "eq" as const },
]

/**
 * The seller's shipping options: in each zone that has none for the seller's profile yet, the
 * zone's flat demo rate (domestic courier; international courier/EMS) in IDR and USD.
 */
export const ensureSellerShippingOptionsStep = createStep(
  "ensure-seller-shipping-options",
  async (input: { seller_id: string; profile_id: string; zones: Record<SellerShippingZone, string> }, { container }) => {
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const existing = await fulfillment.listShippingOptions({ shipping_profile_id: input.profile_id })
    const missing = SELLER_SHIPPING_ZONES.filter((zone) => !existing.some((o) => o.service_zone_id === input.zones[zone]))
    if (!missing.length) return new StepResponse<{ option_ids: string[] }, string[]>({ option_ids: existing.map((o) => o.id) }, [])
    const { result } = await createShippingOptionsWorkflow(container).run({
      input: missing.map((zone) => {
        const rate = SELLER_SHIPPING_RATES[zone]
        return {
          name: rate.name, price_type: "flat" as const, provider_id: "manual_manual",
          service_zone_id: input.zones[zone], shipping_profile_id: input.profile_id,
          type: { label: rate.label, description: rate.description, code: rate.code },
          prices: [{ currency_code: "idr", amount: rate.prices.idr }, { currency_code: "usd", amount: rate.prices.usd }],
          // Offered only to carts holding this workshop's pieces (cart/cart-profiles.ts).
          rules: [...STORE_RULES, cartProfileRule(input.profile_id)],
          data: { seller_id: input.seller_id, zone },
        }
      }),
    })
    const created = result.map((o) => o.id)
    return new StepResponse<{ option_ids: string[] }, string[]>({ option_ids: [...existing.map((o) => o.id), ...created] }, created)
  },
  async (created: string[] | undefined, { container }) => {
    if (created?.length) await deleteShippingOptionsWorkflow(container).run({ input: { ids: created } })
  }
)
