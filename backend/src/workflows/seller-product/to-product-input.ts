import {
  isImitation, type DyeFamily, type Fabric, type Fibre, type Fixer, type Motif, type NaturalDye, type ProductForm, type SyntheticDye, type Technique,
} from "@canting/domain"
import { variantPriceRows, type PriceTier } from "./price-tiers"

/** One variant of a listing: size and colour, prices in major units (IDR whole rupiah, USD cents allowed), stock. */
export type SellerListingVariant = {
  size?: string
  colour?: string
  sku?: string
  prices: { idr: number; usd?: number }
  stock: number
  /** Unit prices by quantity, stored as Medusa prices with `min_quantity`/`max_quantity` (price-tiers.ts). */
  tiers?: PriceTier[]
}

/**
 * A seller's listing, already validated (POST /sellers/me/products checks it with the
 * SellerProductBody schema of api/sellers/me/products/validators.ts, whose output must fit this type).
 */
export type SellerListing = {
  title: { id: string; en?: string }
  description?: { id?: string; en?: string }
  status: "draft" | "published"
  technique: Technique
  dye_family?: DyeFamily
  natural_dyes?: NaturalDye[]
  synthetic_dyes?: SyntheticDye[]
  fabric?: Fabric
  form?: ProductForm
  motifs?: Motif[]
  length_cm?: number
  width_cm?: number
  fixers?: Fixer[]
  fibre_composition?: { fibre: Fibre; percent: number }[]
  origin_kelurahan?: string
  artisans?: string[]
  hs_code?: string
  wholesale?: boolean
  min_order_quantity?: number
  /** Stock alerts: pieces left at which the workshop is told (stock-alerts.ts). */
  low_stock_threshold?: number
  images?: string[]
  variants: SellerListingVariant[]
}

const slug = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60)

/** Production facts stored with the product's metadata, validated at the edge (validators.ts). */
export function productMetadata(body: Partial<SellerListing>) {
  const facts = {
    technique: body.technique, dye_family: body.dye_family, natural_dyes: body.natural_dyes, synthetic_dyes: body.synthetic_dyes,
    fabric: body.fabric, form: body.form, motifs: body.motifs, length_cm: body.length_cm, width_cm: body.width_cm,
    fixers: body.fixers, fibre_composition: body.fibre_composition, origin_kelurahan: body.origin_kelurahan,
    artisans: body.artisans, hs_code: body.hs_code, wholesale: body.wholesale, min_order_quantity: body.min_order_quantity,
    low_stock_threshold: body.low_stock_threshold,
  }
  const defined = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined))
  return body.technique ? { ...defined, is_imitation: isImitation(body.technique) } : defined
}

/** A variant's title: "size / colour", or "Standar" when it has neither. */
export const variantLabel = (v: { size?: string; colour?: string }) => [v.size, v.colour].filter(Boolean).join(" / ") || "Standar"

/** Size and colour kept apart on the variant, so an edit of one keeps the other. */
export const variantMetadata = (v: { size?: string; colour?: string }) => ({ size: v.size ?? null, colour: v.colour ?? null })

/** Medusa variants from the seller's variants: an option per size/colour, prices in IDR (and USD), tiers as quantity-ruled prices. */
export function productVariants(body: Pick<SellerListing, "variants">) {
  const label = variantLabel
  const values = [...new Set(body.variants.map(label))]
  return {
    options: [{ title: "Varian", values }],
    variants: body.variants.map((v) => ({
      title: label(v), sku: v.sku, options: { Varian: label(v) }, manage_inventory: true, metadata: variantMetadata(v),
      prices: variantPriceRows(v.prices, v.tiers),
    })),
  }
}

/** The Medusa product to create for a seller's listing. */
export function toProductInput(body: SellerListing, sellerHandle: string, salesChannelId: string, shippingProfileId?: string) {
  return {
    title: body.title.id,
    description: body.description?.id,
    handle: `${slug(body.title.id)}-${sellerHandle}-${Date.now().toString(36)}`,
    status: body.status,
    // Plain URLs: the create workflow gives each its stored sizes and picks the thumbnail size.
    thumbnail: body.images?.[0],
    images: body.images?.map((url) => ({ url })),
    metadata: productMetadata(body),
    sales_channels: [{ id: salesChannelId }],
    shipping_profile_id: shippingProfileId,
    ...productVariants(body),
  }
}
