import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isTierRow, numeric } from "../../../workflows/seller-product/price-tiers"
import { tradeTerms } from "../../../workflows/seller-product/trade-terms"

/** One quantity break of one variant, in one currency (major units). `max_quantity` null: and more. */
export type StoreTier = { variant_id: string; min_quantity: number; max_quantity: number | null; amount: number; currency_code: string }
/** What a store product says about buying in bulk; null when the listing sells by the piece without tiers. */
export type StoreTradeTerms = { wholesale: boolean; moq: number; tiers: StoreTier[] } | null

type StoreProduct = { id?: string; trade?: StoreTradeTerms } & Record<string, unknown>
type PriceRow = { amount: unknown; currency_code: string; min_quantity?: unknown; max_quantity?: unknown }
type TermsRow = { id: string; metadata?: Record<string, unknown> | null; variants?: ({ id: string; prices?: (PriceRow | null)[] | null } | null)[] | null }

/**
 * Store product responses carry `trade: { wholesale, moq, tiers }`: the listing's minimum order and
 * its quantity breaks in the region's currency (every currency when the request names no region).
 * Read here from the product's metadata and its variants' quantity-ruled prices, so a client never
 * has to ask for raw price rows; only what a shopper may see anyway (public prices) is added.
 */
export function addTradeTerms(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = ((body: { product?: StoreProduct; products?: StoreProduct[] }) => {
    const products = body?.products ?? (body?.product ? [body.product] : [])
    if (!products.length || res.statusCode >= 400) return json(body)
    attach(req, products).then(() => json(body), (e) => {
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`[trade terms] ${(e as Error).message}`)
      json(body)
    })
    return res
  }) as typeof res.json
  next()
}

async function attach(req: MedusaRequest, products: StoreProduct[]) {
  const ids = products.map((p) => p.id).filter((id): id is string => typeof id === "string")
  if (!ids.length) return
  const currency = (req as MedusaRequest & { pricingContext?: { currency_code?: string } }).pricingContext?.currency_code?.toLowerCase()
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "metadata", "variants.id", "variants.prices.amount", "variants.prices.currency_code", "variants.prices.min_quantity", "variants.prices.max_quantity"],
    filters: { id: ids },
  })
  const byId = new Map((data as TermsRow[]).map((p) => [p.id, p]))
  for (const product of products) {
    const row = byId.get(product.id ?? "")
    product.trade = row ? termsOf(row, currency) : null
  }
}

function termsOf(row: TermsRow, currency: string | undefined): StoreTradeTerms {
  const { wholesale, moq } = tradeTerms(row.metadata)
  const tiers = (row.variants ?? []).flatMap((v) => (v?.prices ?? []).flatMap((p) => {
    if (!p || !isTierRow(p) || (currency && p.currency_code !== currency)) return []
    return [{ variant_id: v!.id, min_quantity: numeric(p.min_quantity) ?? 1, max_quantity: numeric(p.max_quantity), amount: numeric(p.amount) ?? 0, currency_code: p.currency_code }]
  })).sort((a, b) => a.variant_id.localeCompare(b.variant_id) || a.currency_code.localeCompare(b.currency_code) || a.min_quantity - b.min_quantity)
  return wholesale || tiers.length ? { wholesale, moq, tiers } : null
}
