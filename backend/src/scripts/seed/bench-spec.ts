import {
  NATURAL_DYES, SENTRA, SYNTHETIC_DYES, isImitation,
  type DyeFamily, type Fabric, type Motif, type ProductForm, type Technique,
} from "@canting/domain"
import type { DemoProduct } from "./products"

/**
 * The benchmark catalog's shape (pure, deterministic): which sellers and which products
 * `src/scripts/bench-catalog.ts` creates. Generated benchmark data, never a real workshop.
 */

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
type Rand = () => number
const pick = <T>(r: Rand, list: readonly T[]) => list[Math.floor(r() * list.length)]
/** Picks by weight: [[value, weight], ...]. */
const weighted = <T>(r: Rand, list: readonly (readonly [T, number])[]) => {
  const total = list.reduce((s, [, w]) => s + w, 0)
  let x = r() * total
  for (const [v, w] of list) if ((x -= w) < 0) return v
  return list[list.length - 1][0]
}

const TECHNIQUE_MIX: [Technique, number][] = [
  ["batik_tulis", 20], ["batik_cap", 34], ["batik_kombinasi", 18], ["tiruan_batik_printing", 20], ["paduan_tiruan_batik", 8],
]
const FABRIC_BY_KIND: Record<"tulis" | "cap" | "print", [Fabric, number][]> = {
  tulis: [["mori_primissima", 45], ["mori_prima", 30], ["sutera", 15], ["atbm_tenun", 5], ["katun_dobby", 5]],
  cap: [["mori_prima", 55], ["mori_biru", 20], ["blaco", 10], ["katun_dobby", 10], ["rayon_viscose", 5]],
  print: [["polyester_blend", 45], ["rayon_viscose", 35], ["katun_dobby", 15], ["other", 5]],
}
const FORM_MIX: [ProductForm, number][] = [
  ["kain_panjang", 28], ["sarung", 16], ["kemeja", 18], ["selendang", 8], ["blus", 10], ["dress", 8], ["meteran", 7], ["iket", 5],
]
/** IDR price band per technique (the ladder print < cap < kombinasi < tulis, domain-batik.md §5.1), scaled by form. */
const PRICE_BAND: Record<Technique, [number, number]> = {
  tiruan_batik_printing: [45_000, 150_000], paduan_tiruan_batik: [90_000, 250_000],
  batik_cap: [150_000, 600_000], batik_kombinasi: [400_000, 1_600_000], batik_tulis: [900_000, 6_000_000],
}
const FORM_FACTOR: Record<ProductForm, number> = {
  kain_panjang: 1, sarung: 0.8, selendang: 0.75, kemeja: 0.6, blus: 0.6, dress: 0.75, meteran: 0.45, iket: 0.25, other: 0.6,
}
const SIZE: Record<ProductForm, [number, number]> = {
  kain_panjang: [250, 105], sarung: [190, 108], selendang: [200, 50], iket: [100, 100], meteran: [200, 115],
  kemeja: [75, 55], blus: [65, 50], dress: [110, 50], other: [100, 100],
}
const PALETTES = ["indigo", "soga", "mangrove", "merah", "hijau", "pastel", "kuning"]
const MOTIF_POOL = ["jlamprang", "buketan", "djawa_hokokai", "pagi_sore", "encim", "liong", "terang_bulan", "sawat", "semen", "tujuh_rupa", "peksi", "liris"] as const satisfies readonly Motif[]
const NATURAL = NATURAL_DYES.filter((d) => d !== "other")
const SYNTHETIC = SYNTHETIC_DYES.filter((d) => d !== "other")

export type BenchProduct = DemoProduct & { seller_index: number; motifs: Motif[]; export_seller: boolean }
export type BenchSeller = { index: number; handle: string; name: string; sentra: string; techniques: Technique[]; export_ready_profile: boolean; eco: "ipal" | "sih" | null }

/** The sellers: a fifth with a full export profile, a tenth with a (benchmark) wastewater test, a twentieth with a green-industry certificate. */
export function benchSellers(count: number, seed = 1): BenchSeller[] {
  const r = rng(seed)
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(3, "0")
    const main = weighted(r, TECHNIQUE_MIX)
    const techniques = [...new Set([main, weighted(r, TECHNIQUE_MIX)])]
    const eco = r() < 0.1 ? "ipal" as const : r() < 0.05 ? "sih" as const : null
    return {
      index: i, handle: `bench-seller-${n}`, name: `Usaha Batik Benchmark ${n} (Data Benchmark)`, sentra: pick(r, SENTRA),
      techniques, export_ready_profile: r() < 0.2, eco,
    }
  })
}

/** The products, spread over the sellers (some sellers list many pieces, most a handful). */
export function benchProducts(count: number, sellers: BenchSeller[], seed = 2): BenchProduct[] {
  const r = rng(seed)
  return Array.from({ length: count }, () => {
    // Skewed towards low indexes: a few big workshops, a long tail of small ones.
    const seller = sellers[Math.floor(Math.pow(r(), 1.6) * sellers.length)]
    const technique = r() < 0.8 ? pick(r, seller.techniques) : weighted(r, TECHNIQUE_MIX)
    const kind = technique === "batik_tulis" || technique === "batik_kombinasi" ? "tulis" : technique === "batik_cap" ? "cap" : "print"
    const imitation = isImitation(technique)
    const dye: DyeFamily = imitation ? "synthetic" : weighted(r, kind === "tulis" ? [["natural", 30], ["synthetic", 55], ["mixed", 15]] as const : [["natural", 12], ["synthetic", 78], ["mixed", 10]] as const)
    const dyes = imitation ? [] : dye === "natural" ? [pick(r, NATURAL), ...(r() < 0.4 ? [pick(r, NATURAL)] : [])]
      : dye === "synthetic" ? [pick(r, SYNTHETIC)] : [pick(r, NATURAL), pick(r, SYNTHETIC)]
    const form = weighted(r, FORM_MIX)
    const motif = pick(r, MOTIF_POOL)
    const motifs: Motif[] = r() < 0.15 ? [...new Set<Motif>([motif, pick(r, MOTIF_POOL)])] : [motif]
    const [lo, hi] = PRICE_BAND[technique]
    const price = Math.round(((lo + r() * (hi - lo)) * FORM_FACTOR[form]) / 5_000) * 5_000
    return {
      seller: seller.handle, seller_index: seller.index, technique, motif, motifs, form,
      fabric: weighted(r, FABRIC_BY_KIND[kind]), dye, dyes: [...new Set(dyes)],
      palette: dye === "natural" ? pick(r, ["indigo", "soga", "mangrove", "kuning"]) : pick(r, PALETTES),
      price_idr: Math.max(25_000, price), size: SIZE[form],
      // One in ten sold out, the rest 1–20 pieces.
      stock: r() < 0.1 ? 0 : 1 + Math.floor(r() * 20),
      export_seller: seller.export_ready_profile,
      // Every benchmark piece has English copy (the bench catalog writes both languages).
      english: true,
    }
  })
}

