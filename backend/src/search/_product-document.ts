/**
 * Pure helpers behind the product search index (src/search/products.ts): which products a
 * shopper may find, and the document each one becomes. The leading underscore keeps Medusa's
 * search loader from importing this file as an index definition.
 */
import {
  DYE_FAMILIES, FABRICS, MOTIFS, NATURAL_DYES, PRODUCT_FORMS, SYNTHETIC_DYES, TECHNIQUES,
  deriveEcoTags, isImitation, synonymsFor, type CertificateLike,
} from "@canting/domain"
import { resources } from "@canting/i18n"
import { now } from "../lib/clock"

/** The one product index: the catalog, search box and suggestions read it (GET /store/catalog). */
export const PRODUCT_INDEX = "product"

/** The product fields read through Query for each document. */
export const PRODUCT_GRAPH_FIELDS = [
  "id", "handle", "title", "description", "thumbnail", "status", "metadata", "created_at",
  "seller.id", "seller.handle", "seller.name", "seller.sentra", "seller.status",
  "variants.id", "variants.manage_inventory", "variants.allow_backorder",
  "variants.prices.amount", "variants.prices.currency_code", "variants.prices.min_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

export type ProductRow = {
  id: string
  handle?: string | null
  title?: string | null
  description?: string | null
  thumbnail?: string | null
  status?: string | null
  metadata?: Record<string, unknown> | null
  created_at?: Date | string | null
  seller?: { id: string; handle: string; name: string; sentra?: string | null; status: string } | null
  variants?: {
    id: string
    manage_inventory?: boolean | null
    allow_backorder?: boolean | null
    prices?: { amount: number | string | null; currency_code: string; min_quantity?: number | string | null }[] | null
    inventory_items?: { inventory?: { location_levels?: { stocked_quantity?: number | null; reserved_quantity?: number | null }[] | null } | null }[] | null
  }[] | null
}

export type EnglishCopy = { title?: string; description?: string }
export type CertificateRow = CertificateLike & { scheme: string; subject_type: string; subject_id: string }

export type ProductDocument = {
  id: string
  handle: string | null
  title_id: string
  title_en: string | null
  description: string | null
  keywords: string
  thumbnail: string | null
  technique: string | null
  is_imitation: boolean
  dye_family: string | null
  motifs: string[]
  fabric: string | null
  form: string | null
  eco_tags: string[]
  seller_id: string
  seller_handle: string
  seller_name: string
  sentra: string | null
  price_idr: number | null
  price_usd: number | null
  in_stock: boolean
  created_at: string | null
}

const oneOf = (list: readonly string[], value: unknown): string | null =>
  typeof value === "string" && list.includes(value) ? value : null
const manyOf = (list: readonly string[], value: unknown): string[] =>
  Array.isArray(value) ? [...new Set(value.filter((v): v is string => typeof v === "string" && list.includes(v)))] : []

type VocabGroup = "technique" | "dyeFamily" | "naturalDye" | "syntheticDye" | "fabric" | "form" | "motif"
/** The Indonesian and English labels of codes, as search words. */
export function labelsOf(group: VocabGroup, codes: (string | null)[]): string[] {
  const out: string[] = []
  for (const code of codes) {
    if (!code || code === "other") continue
    for (const locale of ["id", "en"] as const) {
      const label = (resources[locale].vocab[group] as Record<string, string>)[code]
      if (label) out.push(label)
    }
  }
  return out
}

/** A shopper may find a product only when it is published and its seller is approved. */
export function isSearchable(row: ProductRow): boolean {
  return row.status === "published" && row.seller?.status === "approved"
}

/**
 * The lowest price of any variant in a currency (major units) for one piece, or null when none is
 * set. A wholesale tier (a price from 2 pieces up) is not what a card's "from" price may promise;
 * this matches what Medusa's pricing answers without a quantity.
 */
export function lowestPrice(row: ProductRow, currency: string): number | null {
  const amounts = (row.variants ?? [])
    .flatMap((v) => v.prices ?? [])
    .filter((p) => p.min_quantity === null || p.min_quantity === undefined || Number(p.min_quantity) <= 1)
    .filter((p) => p.currency_code?.toLowerCase() === currency && p.amount !== null && p.amount !== undefined)
    .map((p) => Number(p.amount))
    .filter((n) => Number.isFinite(n))
  return amounts.length ? Math.min(...amounts) : null
}

/** In stock when any variant is sold without stock tracking, allows backorders, or has unreserved stock somewhere. */
export function inStock(row: ProductRow): boolean {
  return (row.variants ?? []).some((v) => {
    if (v.manage_inventory === false || v.allow_backorder) return true
    const levels = (v.inventory_items ?? []).flatMap((i) => i.inventory?.location_levels ?? [])
    return levels.reduce((sum, l) => sum + Number(l.stocked_quantity ?? 0) - Number(l.reserved_quantity ?? 0), 0) > 0
  })
}

/**
 * The document of a product a shopper may find, or null for one that must not be in the index.
 * `keywords` holds the Indonesian and English labels of its facts plus the synonym list, so a
 * word in either language finds it on any provider.
 */
export function toProductDocument(
  row: ProductRow,
  extras: { en?: EnglishCopy; certificates?: CertificateRow[]; now?: Date } = {}
): ProductDocument | null {
  if (!isSearchable(row) || !row.seller) return null
  const m = row.metadata ?? {}
  const technique = oneOf(TECHNIQUES, m.technique)
  const dyeFamily = oneOf(DYE_FAMILIES, m.dye_family)
  const motifs = manyOf(MOTIFS, m.motifs)
  const fabric = oneOf(FABRICS, m.fabric)
  const form = oneOf(PRODUCT_FORMS, m.form)
  const naturalDyes = manyOf(NATURAL_DYES, m.natural_dyes)
  const syntheticDyes = manyOf(SYNTHETIC_DYES, m.synthetic_dyes)
  const titleId = row.title ?? ""
  const titleEn = extras.en?.title?.trim() || null
  const description = [row.description, extras.en?.description].filter((d): d is string => !!d && !!d.trim()).join("\n") || null

  const labels = [
    ...labelsOf("technique", [technique]), ...labelsOf("dyeFamily", [dyeFamily]), ...labelsOf("motif", motifs),
    ...labelsOf("fabric", [fabric]), ...labelsOf("form", [form]),
    ...labelsOf("naturalDye", naturalDyes), ...labelsOf("syntheticDye", syntheticDyes),
  ]
  const synonyms = synonymsFor(
    { technique: technique ? [technique] : [], dye_family: dyeFamily ? [dyeFamily] : [], motif: motifs, fabric: fabric ? [fabric] : [], form: form ? [form] : [] },
    [titleId, titleEn, ...labels].filter(Boolean).join(" ")
  )
  const certificates = (extras.certificates ?? []).filter((c) =>
    (c.subject_type === "product" && c.subject_id === row.id) || (c.subject_type === "seller" && c.subject_id === row.seller!.id))
  const created = row.created_at ? new Date(row.created_at) : null

  return {
    id: row.id,
    handle: row.handle ?? null,
    title_id: titleId,
    title_en: titleEn,
    description,
    keywords: [...new Set([...labels, ...synonyms])].join(" · "),
    thumbnail: row.thumbnail ?? null,
    technique,
    is_imitation: technique ? isImitation(technique) : false,
    dye_family: dyeFamily,
    motifs,
    fabric,
    form,
    eco_tags: deriveEcoTags({ certificates }, extras.now ?? now()),
    seller_id: row.seller.id,
    seller_handle: row.seller.handle,
    seller_name: row.seller.name,
    sentra: row.seller.sentra ?? null,
    price_idr: lowestPrice(row, "idr"),
    price_usd: lowestPrice(row, "usd"),
    in_stock: inStock(row),
    created_at: created && !Number.isNaN(created.getTime()) ? created.toISOString() : null,
  }
}
