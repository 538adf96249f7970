import type { FieldError } from "../../lib/errors"

/** Currencies a listing is priced in, as the seller writes them (major units). */
export type ListingPrices = { idr?: number; usd?: number }

/** One quantity break of a variant: from `min_quantity` up to `max_quantity` (open-ended when absent), unit prices in IDR and USD. */
export type PriceTier = { min_quantity: number; max_quantity?: number; prices: { idr: number; usd: number } }

/** How many quantity breaks one variant may have: a table a buyer can read at a glance. */
export const MAX_TIERS = 5

/** A price row as Medusa's Pricing module stores it on a variant's price set. */
export type PriceRow = { amount: number; currency_code: string; min_quantity?: number; max_quantity?: number }

const CURRENCIES = ["idr", "usd"] as const

/**
 * What is wrong with a variant's tiers, each problem naming its field relative to the variant
 * (`tiers.1.min_quantity`). Tiers are listed from the smallest quantity up, each starting right
 * after the previous one ends (no gaps, no overlaps), only the last may be open-ended, and a unit
 * price never rises with the quantity: not above the previous tier, and the first not above the
 * variant's own price (`base`). That last rule is not only taste: Medusa picks the lowest of the
 * prices matching a quantity, so a tier dearer than the variant's own price would never apply.
 */
export function tierProblems(tiers: PriceTier[], base: ListingPrices = {}): FieldError[] {
  const errors: FieldError[] = []
  if (tiers.length > MAX_TIERS) return [{ field: "tiers", code: "too_long" }]
  let previous: PriceTier | undefined
  tiers.forEach((tier, i) => {
    const at = (field: string) => `tiers.${i}.${field}`
    if (tier.max_quantity !== undefined && tier.max_quantity < tier.min_quantity) errors.push({ field: at("max_quantity"), code: "tier_range" })
    if (previous) {
      if (previous.max_quantity === undefined) errors.push({ field: `tiers.${i - 1}.max_quantity`, code: "tier_open_not_last" })
      else if (tier.min_quantity <= previous.max_quantity) errors.push({ field: at("min_quantity"), code: "tier_overlap" })
      else if (tier.min_quantity !== previous.max_quantity + 1) errors.push({ field: at("min_quantity"), code: "tier_gap" })
    }
    for (const currency of CURRENCIES) {
      const ceiling = previous ? previous.prices[currency] : base[currency]
      if (ceiling !== undefined && tier.prices[currency] > ceiling) errors.push({ field: at(`prices.${currency}`), code: "tier_price_rises" })
    }
    previous = tier
  })
  return errors
}

/** The variant's price rows: its own price per currency (any quantity no tier covers) and each tier's, with its quantity range. */
export function variantPriceRows(prices: ListingPrices, tiers: PriceTier[] = []): PriceRow[] {
  const base = CURRENCIES.flatMap((c) => (prices[c] !== undefined ? [{ amount: prices[c]!, currency_code: c }] : []))
  const breaks = tiers.flatMap((t) => CURRENCIES.map((c) => ({
    amount: t.prices[c], currency_code: c, min_quantity: t.min_quantity, ...(t.max_quantity !== undefined && { max_quantity: t.max_quantity }),
  })))
  return [...base, ...breaks]
}

/** Query hands a numeric column back as a number, a string, or a BigNumber-like `{ value }`. */
export const numeric = (v: unknown): number | null => {
  const raw = v && typeof v === "object" && "value" in v ? (v as { value: unknown }).value : v
  return raw === null || raw === undefined || raw === "" ? null : Number(raw)
}

/** A quantity-ruled price is a tier; a price without quantity rules is the variant's own price. */
export const isTierRow = (p: { min_quantity?: unknown; max_quantity?: unknown }) => numeric(p.min_quantity) !== null || numeric(p.max_quantity) !== null

/** Reads stored price rows back into the seller's shape: the variant's own prices and its tiers, smallest quantity first. */
export function splitPriceRows(rows: ({ amount: unknown; currency_code: string; min_quantity?: unknown; max_quantity?: unknown } | null)[]) {
  const base: ListingPrices = {}
  const tiers = new Map<string, PriceTier>()
  for (const row of rows) {
    if (!row || !(CURRENCIES as readonly string[]).includes(row.currency_code)) continue
    const currency = row.currency_code as (typeof CURRENCIES)[number]
    const amount = numeric(row.amount) ?? 0
    if (!isTierRow(row)) {
      base[currency] = amount
      continue
    }
    const min = numeric(row.min_quantity) ?? 1
    const max = numeric(row.max_quantity) ?? undefined
    const key = `${min}-${max ?? ""}`
    const tier = tiers.get(key) ?? { min_quantity: min, ...(max !== undefined && { max_quantity: max }), prices: { idr: 0, usd: 0 } }
    tier.prices[currency] = amount
    tiers.set(key, tier)
  }
  return { base, tiers: [...tiers.values()].sort((a, b) => a.min_quantity - b.min_quantity) }
}
