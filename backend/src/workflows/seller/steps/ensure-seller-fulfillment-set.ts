import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { REGIONS } from "@canting/domain"
import { SELLER_SHIPPING_ZONES, zoneName, type SellerShippingZone } from "../shipping-rates"

/** The countries of each zone: the store's region in that currency (as the operator set it), else the domain's list. */
async function zoneCountries(container: any): Promise<Record<SellerShippingZone, string[]>> {
  const regions = await container.resolve(Modules.REGION).listRegions({}, { relations: ["countries"] })
  const out = {} as Record<SellerShippingZone, string[]>
  for (const zone of SELLER_SHIPPING_ZONES) {
    const domain = REGIONS.find((r) => r.code === zone)!
    const stored = regions.filter((r: any) => r.currency_code === domain.currency).flatMap((r: any) => (r.countries ?? []).map((c: any) => c.iso_2))
    out[zone] = stored.length ? [...new Set<string>(stored)] : [...domain.countries]
  }
  return out
}

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
    const existing = ((location as any)?.fulfillment_sets ?? []).find((s: any) => s?.type === "shipping")
    const countries = await zoneCountries(container)
    const zones = {} as Record<SellerShippingZone, string>
    if (existing) {
      const createdZones: string[] = []
      for (const zone of SELLER_SHIPPING_ZONES) {
        const found = (existing.service_zones ?? []).find((z: any) => z?.name === zoneName(zone, input.location_id))
        if (found) { zones[zone] = found.id; continue }
        const [made] = await fulfillment.createServiceZones([{
          name: zoneName(zone, input.location_id), fulfillment_set_id: existing.id,
          geo_zones: countries[zone].map((country_code) => ({ type: "country" as const, country_code })),
        }])
        zones[zone] = made.id
        createdZones.push(made.id)
      }
      return new StepResponse({ fulfillment_set_id: existing.id as string, zones }, { zone_ids: createdZones })
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
    for (const zone of SELLER_SHIPPING_ZONES) zones[zone] = set.service_zones.find((z: any) => z.name === zoneName(zone, input.location_id))!.id
    return new StepResponse({ fulfillment_set_id: set.id, zones }, { set_id: set.id, location_id: input.location_id })
  },
  async (undo: any, { container }) => {
    if (!undo) return
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    if (undo.zone_ids?.length) await fulfillment.deleteServiceZones(undo.zone_ids)
    if (undo.set_id) {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
        [Modules.STOCK_LOCATION]: { stock_location_id: undo.location_id }, [Modules.FULFILLMENT]: { fulfillment_set_id: undo.set_id },
      })
      await fulfillment.deleteFulfillmentSets([undo.set_id])
    }
  }
)
