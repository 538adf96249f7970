import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { lowStockThreshold } from "@canting/domain"
import { resources } from "@canting/i18n"
import { SELLER_MODULE } from "../../../../../modules/seller"
import type SellerModuleService from "../../../../../modules/seller/service"
import { listingPage } from "../../../../../workflows/seller-product/listing-page"
import { numeric, splitPriceRows } from "../../../../../workflows/seller-product/price-tiers"
import { tradeTerms } from "../../../../../workflows/seller-product/trade-terms"
import { csvRow, UTF8_BOM, type CsvValue } from "../../../../../lib/csv"
import { likePattern } from "../../../../utils/paging"
import { requestLocale } from "../../../../utils/errors"
import { currentSellerId } from "../../../../utils/seller-context"
import { sellerLocationOf, withEnglish } from "../route"
import type { SellerProductsExportQueryType } from "../validators"

/** Listings read per round trip: a large catalogue is read page by page, never in one unbounded query. */
export const EXPORT_PAGE_SIZE = 100

const EXPORT_FIELDS = [
  "id", "handle", "status", "title", "metadata",
  "variants.id", "variants.title", "variants.sku", "variants.variant_rank",
  "variants.prices.amount", "variants.prices.currency_code", "variants.prices.min_quantity", "variants.prices.max_quantity",
  "variants.inventory_items.inventory.location_levels.location_id", "variants.inventory_items.inventory.location_levels.stocked_quantity",
]

type Level = { location_id?: string | null; stocked_quantity?: unknown } | null
type ExportVariant = {
  id: string; title?: string | null; sku?: string | null; variant_rank?: number | null
  prices?: ({ amount: unknown; currency_code: string; min_quantity?: unknown; max_quantity?: unknown } | null)[] | null
  inventory_items?: ({ inventory?: { location_levels?: Level[] | null } | null } | null)[] | null
}
type ExportProduct = {
  id: string; handle: string; status: string; title: string; metadata?: Record<string, unknown> | null
  variants?: (ExportVariant | null)[] | null
  translations: { en: { title?: string | null } }
}

// The columns in file order, named by their key under `sellerListings.export.columns` (packages/i18n).
const COLUMNS = ["handle", "status", "titleId", "titleEn", "technique", "hsCode", "sku", "variant", "priceIdr", "priceUsd", "stock", "wholesale", "minOrder", "lowStock"] as const
type Column = (typeof COLUMNS)[number]

/** The header row in the caller's language: English for any `en…` locale, else Indonesian (as errorMessage decides). */
export function exportHeaders(locale: string): string[] {
  const lang = locale.toLowerCase().startsWith("en") ? "en" : "id"
  const names: Record<Column, string> = resources[lang].common.sellerListings.export.columns
  return COLUMNS.map((c) => names[c])
}

/** What the seller entered as a variant's stock: stocked at the workshop's own location (reservations are orders, not stock). */
function stockedAt(variant: ExportVariant, locationId: string | null): number | null {
  if (!locationId) return null
  let total: number | null = null
  for (const item of variant.inventory_items ?? []) {
    const level = (item?.inventory?.location_levels ?? []).find((l) => l?.location_id === locationId)
    if (level) total = (total ?? 0) + (numeric(level.stocked_quantity) ?? 0)
  }
  return total
}

/**
 * One CSV record per variant of a listing, in a stable order: rank, then title. Not by age: variants
 * made together with the listing get timestamps in no particular order, and the same data should give the same file.
 */
export function listingRows(product: ExportProduct, locationId: string | null): CsvValue[][] {
  const metadata = product.metadata ?? {}
  const terms = tradeTerms(metadata)
  const variants = (product.variants ?? []).filter((v): v is ExportVariant => !!v)
    .sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0) || (a.title ?? "").localeCompare(b.title ?? "") || a.id.localeCompare(b.id))
  return variants.map((v) => {
    // The variant's own prices; quantity tiers are not part of the sheet.
    const { base } = splitPriceRows(v.prices ?? [])
    return [
      product.handle, product.status, product.title, product.translations.en.title ?? null,
      typeof metadata.technique === "string" ? metadata.technique : null,
      typeof metadata.hs_code === "string" ? metadata.hs_code : null,
      v.sku ?? null, v.title ?? null, base.idr ?? null, base.usd ?? null, stockedAt(v, locationId),
      terms.wholesale, terms.moq, lowStockThreshold(metadata.low_stock_threshold),
    ]
  })
}

/** The export's file name: the workshop's handle and today's date in Indonesia (WIB), where the workshops are. */
export function exportFileName(handle: string, now: Date): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(now)
  return `canting-listings-${handle}-${day}.csv`
}

type PageInput = { container: MedusaContainer; sellerId: string; query: SellerProductsExportQueryType; offset: number }

/** One page of the seller's listings, filtered and sorted as the list is, with their English titles. */
async function readPage(req: AuthenticatedMedusaRequest, { container, sellerId, query, offset }: PageInput) {
  const page = await listingPage(container, {
    sellerId, limit: EXPORT_PAGE_SIZE, offset, order: query.order, status: query.status, pattern: query.q ? likePattern(query.q) : undefined,
  })
  if (!page.ids.length) return { products: [] as ExportProduct[], count: page.count, read: 0 }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: EXPORT_FIELDS, filters: { id: page.ids } })
  // Query answers in its own order: put the rows back in the page's.
  const byId = new Map((data as { id: string }[]).map((p) => [p.id, p]))
  const products = await withEnglish(req, page.ids.flatMap((id) => byId.get(id) ?? []))
  // `read` counts the page's ids: a listing deleted meanwhile leaves a gap, not the end of the file.
  return { products: products as unknown as ExportProduct[], count: page.count, read: page.ids.length }
}

/**
 * The signed-in seller's listings as CSV, one row per variant, for a spreadsheet: the list's filters
 * (`q`, `status`) and sort, every page of them. The seller comes from the token only.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, SellerProductsExportQueryType>, res: MedusaResponse) {
  const query = req.validatedQuery as SellerProductsExportQueryType
  const sellerId = await currentSellerId(req)
  const container = req.scope
  const seller = await container.resolve<SellerModuleService>(SELLER_MODULE).retrieveSeller(sellerId)
  const locationId = await sellerLocationOf(req, sellerId)
  // The first page is read before anything is sent, so a failure here is an ordinary error answer.
  let page = await readPage(req, { container, sellerId, query, offset: 0 })
  res.status(200)
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="${exportFileName(seller.handle, new Date())}"`)
  res.setHeader("cache-control", "private, no-store")
  res.setHeader("x-content-type-options", "nosniff")
  res.write(UTF8_BOM + csvRow(exportHeaders(requestLocale(req))))
  try {
    for (let offset = 0; ; ) {
      for (const product of page.products) for (const row of listingRows(product, locationId)) res.write(csvRow(row))
      offset += EXPORT_PAGE_SIZE
      if (offset >= page.count || !page.read) break
      page = await readPage(req, { container, sellerId, query, offset })
    }
    res.end()
  } catch (err) {
    // Headers are gone: cut the connection so the download fails visibly instead of ending as a short, valid-looking file.
    res.destroy(err instanceof Error ? err : new Error(String(err)))
  }
}
