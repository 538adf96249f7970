import { isImitation } from "@canting/domain"
import type { SellerProductBodyType } from "../../api/sellers/me/products/validators"

const slug = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60)

/** Production facts stored with the product's metadata, validated at the edge (validators.ts). */
export function productMetadata(body: Partial<SellerProductBodyType>) {
  const facts = {
    technique: body.technique, dye_family: body.dye_family, natural_dyes: body.natural_dyes, synthetic_dyes: body.synthetic_dyes,
    fabric: body.fabric, form: body.form, motifs: body.motifs, length_cm: body.length_cm, width_cm: body.width_cm,
    fixers: body.fixers, fibre_composition: body.fibre_composition, origin_kelurahan: body.origin_kelurahan,
    artisans: body.artisans, hs_code: body.hs_code,
  }
  const defined = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined))
  return body.technique ? { ...defined, is_imitation: isImitation(body.technique) } : defined
}

/** A variant's title: "size / colour", or "Standar" when it has neither. */
export const variantLabel = (v: { size?: string; colour?: string }) => [v.size, v.colour].filter(Boolean).join(" / ") || "Standar"

/** Size and colour kept apart on the variant, so an edit of one keeps the other. */
export const variantMetadata = (v: { size?: string; colour?: string }) => ({ size: v.size ?? null, colour: v.colour ?? null })

/** Medusa variants from the seller's variants: an option per size/colour, prices in IDR (and USD). */
export function productVariants(body: Pick<SellerProductBodyType, "variants">) {
  const label = variantLabel
  const values = [...new Set(body.variants.map(label))]
  return {
    options: [{ title: "Varian", values }],
    variants: body.variants.map((v) => ({
      title: label(v), sku: v.sku, options: { Varian: label(v) }, manage_inventory: true, metadata: variantMetadata(v),
      prices: [{ amount: v.prices.idr, currency_code: "idr" }, ...(v.prices.usd !== undefined ? [{ amount: v.prices.usd, currency_code: "usd" }] : [])],
    })),
  }
}

/** The Medusa product to create for a seller's listing. */
export function toProductInput(body: SellerProductBodyType, sellerHandle: string, salesChannelId: string, shippingProfileId?: string) {
  return {
    title: body.title.id,
    description: body.description?.id,
    handle: `${slug(body.title.id)}-${sellerHandle}-${Date.now().toString(36)}`,
    status: body.status,
    thumbnail: body.images?.[0],
    images: body.images?.map((url) => ({ url })),
    metadata: productMetadata(body),
    sales_channels: [{ id: salesChannelId }],
    shipping_profile_id: shippingProfileId,
    ...productVariants(body),
  }
}
