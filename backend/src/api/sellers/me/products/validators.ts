import { z } from "zod"
import type { SellerListing } from "../../../../workflows/seller-product/to-product-input"
import { imageUrl } from "../../../../lib/uploads/file-urls"
import { DYE_FAMILIES, FABRICS, FIBRES, FIXERS, isTextileHsCode, LISTING_SORTS, LISTING_STATUSES, LOW_STOCK_THRESHOLD_MAX, MOTIFS, NATURAL_DYES, PRODUCT_FORMS, SYNTHETIC_DYES, TECHNIQUES } from "@canting/domain"
import { flagParam, optionalChoice, pageParams, searchParam } from "../../../utils/paging"
import { MAX_TIERS, tierProblems, type ListingPrices, type PriceTier } from "../../../../workflows/seller-product/price-tiers"
import { MAX_MIN_ORDER_QUANTITY } from "../../../../workflows/seller-product/trade-terms"

/**
 * GET /sellers/me/products?limit=&offset=&order=&q=&status=&low_stock=: a page of the seller's listings;
 * `q` matches title, handle or SKU; `low_stock=true` keeps listings with a variant at or below its threshold.
 */
export const SellerProductsQuery = z.object({
  ...pageParams,
  order: z.enum(LISTING_SORTS, "unknown_code").default("-created_at"),
  q: searchParam,
  status: optionalChoice(LISTING_STATUSES),
  low_stock: flagParam,
})
export type SellerProductsQueryType = z.infer<typeof SellerProductsQuery>

/** GET /sellers/me/products/export?order=&q=&status=: the list's filters and sort; the whole result, not a page. */
export const SellerProductsExportQuery = SellerProductsQuery.pick({ order: true, q: true, status: true })
export type SellerProductsExportQueryType = z.infer<typeof SellerProductsExportQuery>

const NO_HTML = /<[a-z!/][^>]*>/i
const text = (max: number) => z.string().trim().max(max, "too_long").refine((v) => !NO_HTML.test(v), "no_html")
const numberCode = (issue: { input?: unknown }) => (issue.input === undefined ? "required" : "invalid")
const money = (max: number) => z.number({ error: numberCode }).min(0, "out_of_range").max(max, "out_of_range")

const quantity = z.number({ error: numberCode }).int("not_integer").min(1, "out_of_range").max(1_000_000, "out_of_range")

/** A quantity break: unit prices in both currencies, each above zero (a free tier is a typo). */
const Tier = z.strictObject({
  min_quantity: quantity,
  max_quantity: quantity.optional(),
  prices: z.strictObject({
    idr: money(1_000_000_000).int("not_integer").positive("out_of_range"),
    usd: money(100_000).multipleOf(0.01, "invalid").positive("out_of_range"),
  }),
})

const VariantFields = z.strictObject({
  size: text(40).optional(),
  colour: text(40).optional(),
  sku: z.string().trim().regex(/^[A-Za-z0-9._-]{1,40}$/, "invalid").optional(),
  // Major units, as Medusa stores them: IDR has no decimals.
  prices: z.strictObject({
    idr: money(1_000_000_000).int("not_integer"),
    usd: money(100_000).multipleOf(0.01, "invalid").optional(),
  }),
  stock: z.number({ error: numberCode }).int("not_integer").min(0, "out_of_range").max(100_000, "out_of_range"),
  /** Prices by quantity, smallest first (price-tiers.ts); an empty list removes them. */
  tiers: z.array(Tier).max(MAX_TIERS, "too_long").optional(),
})

/** Adds the tier rules (order, contiguity, falling prices) as issues at the tier's own field. */
function checkTiers(variant: { prices?: Partial<ListingPrices>; tiers?: PriceTier[] }, ctx: z.RefinementCtx) {
  for (const e of tierProblems(variant.tiers ?? [], variant.prices ?? {})) ctx.addIssue({ code: "custom", message: e.code, path: e.field.split(".").map((k) => (/^\d+$/.test(k) ? Number(k) : k)) })
}

const Variant = VariantFields.superRefine(checkTiers)

/** One variant added to an existing listing (`POST /sellers/me/products/:id/variants`). */
export const SellerVariantBody = Variant
export type SellerVariantBodyType = z.infer<typeof SellerVariantBody>

/** A variant edit: any of the same fields; each given currency's price replaces that currency's price. */
export const SellerVariantUpdate = VariantFields.extend({ prices: VariantFields.shape.prices.partial() }).partial().superRefine(checkTiers)
export type SellerVariantUpdateType = z.infer<typeof SellerVariantUpdate>

/** Fibre composition: each fibre once, whole percentages adding up to exactly 100. */
const FibreComposition = z.array(z.strictObject({
  fibre: z.enum(FIBRES, "unknown_code"),
  percent: z.number({ error: "invalid" }).int("not_integer").min(1, "out_of_range").max(100, "out_of_range"),
})).min(1, "required").max(FIBRES.length, "too_long").superRefine((parts, ctx) => {
  if (new Set(parts.map((p) => p.fibre)).size !== parts.length) ctx.addIssue({ code: "custom", message: "fibre_duplicate" })
  else if (parts.reduce((sum, p) => sum + p.percent, 0) !== 100) ctx.addIssue({ code: "custom", message: "fibre_sum" })
})

/** A seller's listing: Indonesian and English copy, production facts, variants with prices and stock. */
export const SellerProductBody = z.strictObject({
  title: z.strictObject({ id: text(200).pipe(z.string().min(3, "too_short")), en: text(200).optional() }),
  description: z.strictObject({ id: text(5000).optional(), en: text(5000).optional() }).optional(),
  status: z.enum(LISTING_STATUSES, "unknown_code").default("draft"),
  technique: z.enum(TECHNIQUES, "unknown_code"),
  dye_family: z.enum(DYE_FAMILIES, "unknown_code").optional(),
  natural_dyes: z.array(z.enum(NATURAL_DYES, "unknown_code")).max(NATURAL_DYES.length).optional(),
  synthetic_dyes: z.array(z.enum(SYNTHETIC_DYES, "unknown_code")).max(SYNTHETIC_DYES.length).optional(),
  fabric: z.enum(FABRICS, "unknown_code").optional(),
  form: z.enum(PRODUCT_FORMS, "unknown_code").optional(),
  motifs: z.array(z.enum(MOTIFS, "unknown_code")).max(MOTIFS.length).optional(),
  length_cm: z.number().positive("out_of_range").max(2000, "out_of_range").optional(),
  width_cm: z.number().positive("out_of_range").max(500, "out_of_range").optional(),
  fixers: z.array(z.enum(FIXERS, "unknown_code")).max(FIXERS.length).optional(),
  fibre_composition: FibreComposition.optional(),
  origin_kelurahan: text(80).optional(),
  artisans: z.array(text(80).pipe(z.string().min(2, "too_short"))).max(10, "too_long").optional(),
  hs_code: z.string().trim().refine(isTextileHsCode, "hs_code_format").optional(),
  /** Sold by the dozen or the roll: needs the HS code; the cart refuses a line below `min_order_quantity` (trade-terms.ts). */
  wholesale: z.boolean({ error: "invalid" }).optional(),
  min_order_quantity: z.number({ error: numberCode }).int("not_integer").min(1, "out_of_range").max(MAX_MIN_ORDER_QUANTITY, "out_of_range").optional(),
  /** Pieces left at which the workshop is told the listing is running low (absent: LOW_STOCK_THRESHOLD_DEFAULT). */
  low_stock_threshold: z.number({ error: numberCode }).int("not_integer").min(0, "out_of_range").max(LOW_STOCK_THRESHOLD_MAX, "out_of_range").optional(),
  /**
   * The `url`s POST /sellers/me/uploads answered (`/static/<key>` for local files, http(s) on S3),
   * checked against the seller's uploads in uploads/middlewares.ts; their sizes come from the upload
   * record (seller-product workflows), never from the request.
   */
  images: z.array(imageUrl).max(12, "too_long").optional(),
  variants: z.array(Variant).min(1, "required").max(30, "too_long"),
})
export type SellerProductBodyType = z.infer<typeof SellerProductBody>
// The seller-product workflow owns its input type; what this schema lets through must fit it.
export const sellerListingInput = (body: SellerProductBodyType): SellerListing => body

/**
 * Editing: the same fields, each optional; variants are replaced as a whole when given. Status has
 * no default here: an edit that leaves it out (new photos, a typo) must not unpublish the listing.
 */
export const SellerProductUpdate = SellerProductBody.extend({ status: SellerProductBody.shape.status.unwrap() }).partial()
export type SellerProductUpdateType = z.infer<typeof SellerProductUpdate>
