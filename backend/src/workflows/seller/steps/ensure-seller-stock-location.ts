import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"

type Undo = { location_id: string; seller_id: string; sales_channel_id?: string }
type Out = { location_id: string; created: boolean }
type SellerRow = {
  id: string; name: string; street?: string | null; kelurahan?: string | null; kecamatan?: string | null; city?: string | null
  province?: string | null; postcode?: string | null; phone?: string | null; stock_location?: { id: string } | null
}

/** The sales channel the storefront sells through: the store's default, else the oldest one. */
async function defaultSalesChannelId(container: MedusaContainer): Promise<string | undefined> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  if (store?.default_sales_channel_id) return store.default_sales_channel_id
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { take: 1, order: { created_at: "ASC" } })
  return channel?.id
}

/**
 * The seller's stock location (its workshop, with its address), created once: linked to the
 * seller, to the manual fulfillment provider and to the storefront's sales channel. An existing
 * location is returned as it is, so re-approving or reinstating never makes a second one.
 */
export const ensureSellerStockLocationStep = createStep(
  "ensure-seller-stock-location",
  async (input: { seller_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [seller] } = await query.graph({
      entity: "seller",
      fields: ["id", "name", "street", "kelurahan", "kecamatan", "city", "province", "postcode", "phone", "stock_location.id"],
      filters: { id: input.seller_id },
    })
    const s = seller as SellerRow
    if (s?.stock_location?.id) return new StepResponse<Out, Undo | null>({ location_id: s.stock_location.id, created: false }, null)

    const location = await container.resolve(Modules.STOCK_LOCATION).createStockLocations({
      name: s.name,
      address: {
        address_1: s.street || s.kelurahan || s.city || s.name,
        address_2: [s.kelurahan, s.kecamatan].filter(Boolean).join(", ") || null,
        city: s.city ?? null, province: s.province ?? null, postal_code: s.postcode ?? null,
        phone: s.phone ?? null, country_code: "id",
      },
      metadata: { seller_id: s.id },
    })
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const salesChannelId = await defaultSalesChannelId(container)
    await link.create([
      { [SELLER_MODULE]: { seller_id: s.id }, [Modules.STOCK_LOCATION]: { stock_location_id: location.id } },
      { [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } },
      ...(salesChannelId ? [{ [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId }, [Modules.STOCK_LOCATION]: { stock_location_id: location.id } }] : []),
    ])
    return new StepResponse<Out, Undo | null>({ location_id: location.id, created: true }, { location_id: location.id, seller_id: s.id, sales_channel_id: salesChannelId })
  },
  async (undo: Undo | null | undefined, { container }) => {
    if (!undo) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss([
      { [SELLER_MODULE]: { seller_id: undo.seller_id }, [Modules.STOCK_LOCATION]: { stock_location_id: undo.location_id } },
      { [Modules.STOCK_LOCATION]: { stock_location_id: undo.location_id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } },
      ...(undo.sales_channel_id ? [{ [Modules.SALES_CHANNEL]: { sales_channel_id: undo.sales_channel_id }, [Modules.STOCK_LOCATION]: { stock_location_id: undo.location_id } }] : []),
    ])
    await container.resolve(Modules.STOCK_LOCATION).deleteStockLocations([undo.location_id])
  }
)
