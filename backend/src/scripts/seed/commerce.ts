import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { MEDUSA_LOCALE, REGIONS } from "@canting/domain"
import { regionPaymentProviders } from "../../config/infrastructure"

type Container = ExecArgs["container"]
export const PUBLISHABLE_KEY_TITLE = "Canting Storefront"

/** Store currencies and locales, the two regions, a Pekalongan warehouse, shipping and the storefront key. */
export async function seedCommerce(container: Container) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const storeModule = container.resolve(Modules.STORE)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)

  const [salesChannel] = await salesChannelModule.listSalesChannels({ name: "Default Sales Channel" })
  const [store] = await storeModule.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Canting",
        supported_currencies: [
          { currency_code: "idr", is_default: true },
          { currency_code: "usd" },
        ],
        supported_locales: Object.values(MEDUSA_LOCALE).map((locale_code) => ({ locale_code })),
        default_sales_channel_id: salesChannel.id,
      } as any,
    },
  })

  const regionModule = container.resolve(Modules.REGION)
  const existingRegions = await regionModule.listRegions({})
  const missingRegions = REGIONS.filter((r) => !existingRegions.some((e) => e.currency_code === r.currency))
  const { result: newRegions } = await createRegionsWorkflow(container).run({
    input: {
      regions: missingRegions.map((r) => ({
        name: r.code === "indonesia" ? "Indonesia" : "International",
        currency_code: r.currency,
        countries: [...r.countries],
        payment_providers: regionPaymentProviders(),
        metadata: { code: r.code },
      })),
    },
  })
  const regions = [...existingRegions, ...newRegions]
  const taxModule = container.resolve(Modules.TAX)
  const taxed = new Set((await taxModule.listTaxRegions({})).map((t) => t.country_code))
  const untaxed = REGIONS.flatMap((r) => r.countries.filter((c) => !taxed.has(c)))
  if (untaxed.length) {
    await createTaxRegionsWorkflow(container).run({
      input: untaxed.map((country_code) => ({ country_code, provider_id: "tp_system" })),
    })
  }

  const { result: [location] } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [{
        name: "Gudang Pekalongan (demo)",
        address: { address_1: "Jl. Demo 1", city: "Pekalongan", province: "Jawa Tengah", country_code: "id", postal_code: "51100" },
      }],
    },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  const [existingProfile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  const profile = existingProfile ?? (await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })).result[0]
  const fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
    name: "Pengiriman dari Pekalongan",
    type: "shipping",
    service_zones: REGIONS.map((r) => ({
      name: r.code === "indonesia" ? "Indonesia" : "International",
      geo_zones: r.countries.map((country_code) => ({ type: "country" as const, country_code })),
    })),
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })

  const zone = (name: string) => fulfillmentSet.service_zones.find((z) => z.name === name)!.id
  const regionId = (currency: string) => regions.find((r) => r.currency_code === currency)!.id
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Reguler Indonesia (demo)", price_type: "flat", provider_id: "manual_manual",
        service_zone_id: zone("Indonesia"), shipping_profile_id: profile.id,
        type: { label: "Reguler", description: "2–5 hari kerja", code: "domestic-standard" },
        prices: [{ currency_code: "idr", amount: 25000 }, { region_id: regionId("idr"), amount: 25000 }],
        rules: [{ attribute: "enabled_in_store", value: "true", operator: "eq" }, { attribute: "is_return", value: "false", operator: "eq" }],
      },
      {
        name: "International courier (demo)", price_type: "flat", provider_id: "manual_manual",
        service_zone_id: zone("International"), shipping_profile_id: profile.id,
        type: { label: "International", description: "7–14 business days", code: "international-courier" },
        prices: [{ currency_code: "usd", amount: 35 }, { region_id: regionId("usd"), amount: 35 }],
        rules: [{ attribute: "enabled_in_store", value: "true", operator: "eq" }, { attribute: "is_return", value: "false", operator: "eq" }],
      },
    ],
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannel.id] } })

  const { result: [key] } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannel.id] } })

  return { salesChannel, location, profile, regions, publishableKey: key.token }
}
