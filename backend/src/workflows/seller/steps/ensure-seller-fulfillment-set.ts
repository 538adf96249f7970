import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { REGIONS } from "@canting/domain"
import { SELLER_SHIPPING_ZONES, zoneName, type SellerShippingZone } from "../shipping-rates"

/** The countries of each zone: the store's region in that currency (as the operator set it), else the domain's list. */
async function zoneCountries(container: MedusaContainer): Promise<Record<SellerShippingZone, string[]>> {
  const regions = await container.resolve(Modules.REGION).listRegions({}, { relations: ["countries"] })
  const out = {} as Record<SellerShippingZone, string[]>
  for (const zone of SELLER_SHIPPING_ZONES) {
    const domain = REGIONS.find((r) => r.code === zone)!
    const stored = regions.filter((r) => r.currency_code === domain.currency).flatMap((r) => (r.countries ?? []).map((c) => c.iso_2))
    out[zone] = stored.length ? [...new Set<string>(stored)] : [...domain.countries]
  }
  return out
}

type ServiceZoneRow = { id: string; name: string }
type LocationRow = { id: string; fulfillment_sets?: ({ id: string; type: string; service_zones?: (ServiceZoneRow | null)[] | null } | null)[] | null }
/** Created zones of an existing set, or the new set and its link to the location. */
type Undo = { zone_ids: string[] } | { set_id: string; location_id: string }

/**
 * The location's shipping fulfillment set with one service zone per region (Indonesia; the
 * International region's countries), created once and linked to the location. Answers the zone ids.
 */
export const ensureSellerFulfillmentSetStep = createStep(
  "ensure-seller-fulfillment-set",
  async (input: { location_id: string; name: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const { data: [location] } = await query.graph({
      entity: "stock_location",
      fields: ["id", "fulfillment_sets.id", "fulfillment_sets.type", "fulfillment_sets.service_zones.id", "fulfillment_sets.service_zones.name"],
      filters: { id: input.location_id },
    })
    const existing = ((location as LocationRow | undefined)?.fulfillment_sets ?? []).find((s) => s?.type === "shipping")
    const countries = await zoneCountries(container)
    const zones = {} as Record<SellerShippingZone, string>
    if (existing) {
      const createdZones: string[] = []
      for (const zone of SELLER_SHIPPING_ZONES) {
        const found = (existing.service_zones ?? []).find((z) => z?.name === zoneName(zone, input.location_id))
        if (found) { zones[zone] = found.id; continue }
        const [made] = await fulfillment.createServiceZones([{
          name: zoneName(zone, input.location_id), fulfillment_set_id: existing.id,
          geo_zones: countries[zone].map((country_code) => ({ type: "country" as const, country_code })),
        }])
        zones[zone] = made.id
        createdZones.push(made.id)
      }
      return new StepResponse<{ fulfillment_set_id: string; zones: typeof zones }, Undo>({ fulfillment_set_id: existing.id, zones }, { zone_ids: createdZones })
    }
    const set = await fulfillment.createFulfillmentSets({
      name: `${input.name} (${input.location_id})`, type: "shipping",
      service_zones: SELLER_SHIPPING_ZONES.map((zone) => ({
        name: zoneName(zone, input.location_id), geo_zones: countries[zone].map((country_code) => ({ type: "country" as const, country_code })),
      })),
    })
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [Modules.STOCK_LOCATION]: { stock_location_id: input.location_id }, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
    })
    for (const zone of SELLER_SHIPPING_ZONES) zones[zone] = set.service_zones.find((z) => z.name === zoneName(zone, input.location_id))!.id
    return new StepResponse<{ fulfillment_set_id: string; zones: typeof zones }, Undo>({ fulfillment_set_id: set.id, zones }, { set_id: set.id, location_id: input.location_id })
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    if ("zone_ids" in undo && undo.zone_ids.length) await fulfillment.deleteServiceZones(undo.zone_ids)
    if ("set_id" in undo) {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
        [Modules.STOCK_LOCATION]: { stock_location_id: undo.location_id }, [Modules.FULFILLMENT]: { fulfillment_set_id: undo.set_id },
      })
      await fulfillment.deleteFulfillmentSets([undo.set_id])
    }
  }
)
