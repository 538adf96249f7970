import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { MEDUSA_LOCALE, REGIONS } from "@canting/domain"
import { regionPaymentProviders } from "../../config/infrastructure"

type Container = ExecArgs["container"]
export const PUBLISHABLE_KEY_TITLE = "Canting Storefront"

/**
 * Store currencies and locales, the two regions and the storefront key. Stock locations and
 * shipping are per workshop (`provisionSellerShippingWorkflow`, run for every approved seller).
 */
export async function seedCommerce(container: Container) {
  const storeModule = container.resolve(Modules.STORE)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)

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
      },
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

  const { result: [key] } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannel.id] } })

  return { salesChannel, regions, publishableKey: key.token }
}
