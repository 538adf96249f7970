import type { DyeFamily, Fabric, Motif, ProductForm, Technique } from "@canting/domain"

/** One demo product, compact: titles and descriptions are composed from labels in seed/copy.ts. */
export type DemoProduct = {
  seller: string
  technique: Technique
  motif: Motif
  form: ProductForm
  fabric: Fabric
  dye: DyeFamily
  dyes: string[]
  palette: string
  price_idr: number
  size: [number, number]
  stock: number
  /** False for the demo piece deliberately left without English copy (shows the "not yet translated" note). */
  english: boolean
}

type Row = [string, Technique, Motif, ProductForm, Fabric, DyeFamily, string, string, number, [number, number]]
const KP: [number, number] = [250, 105]
const SR: [number, number] = [190, 108]
const SL: [number, number] = [200, 50]
const IK: [number, number] = [100, 100]
const MT: [number, number] = [200, 115]
const GM: [number, number] = [75, 55]

// seller, technique, motif, form, fabric, dye family, dyes (comma list), palette, price in IDR, size [length, width] cm.
// Prices follow the ladder in domain-batik.md §5.1 (print < cap < kombinasi < tulis); they are demo values.
const ROWS: Row[] = [
  ["sekar-kauman-demo", "batik_tulis", "jlamprang", "kain_panjang", "mori_primissima", "synthetic", "naphthol,indigosol", "indigo", 2_750_000, KP],
  ["sekar-kauman-demo", "batik_tulis", "buketan", "kain_panjang", "mori_primissima", "synthetic", "remazol", "pastel", 3_400_000, KP],
  ["sekar-kauman-demo", "batik_tulis", "terang_bulan", "sarung", "mori_prima", "synthetic", "naphthol", "merah", 1_650_000, SR],
  ["sekar-kauman-demo", "batik_kombinasi", "jlamprang", "kemeja", "mori_prima", "synthetic", "naphthol", "soga", 650_000, GM],
  ["sekar-kauman-demo", "batik_kombinasi", "semen", "kain_panjang", "mori_prima", "synthetic", "indigosol", "hijau", 950_000, KP],
  ["sekar-kauman-demo", "batik_tulis", "encim", "selendang", "sutera", "synthetic", "remazol", "pastel", 1_850_000, SL],
  ["sekar-kauman-demo", "batik_tulis", "liong", "kain_panjang", "mori_primissima", "synthetic", "naphthol", "merah", 4_200_000, KP],
  ["cap-pesindon-demo", "batik_cap", "jlamprang", "sarung", "mori_prima", "synthetic", "naphthol", "indigo", 385_000, SR],
  ["cap-pesindon-demo", "batik_cap", "liris", "kemeja", "mori_prima", "synthetic", "indigosol", "soga", 275_000, GM],
  ["cap-pesindon-demo", "batik_cap", "semen", "kain_panjang", "mori_prima", "synthetic", "naphthol", "kuning", 325_000, KP],
  ["cap-pesindon-demo", "batik_cap", "tujuh_rupa", "sarung", "mori_biru", "synthetic", "naphthol", "hijau", 245_000, SR],
  ["cap-pesindon-demo", "batik_cap", "sawat", "meteran", "mori_prima", "synthetic", "remazol", "merah", 180_000, MT],
  ["cap-pesindon-demo", "batik_kombinasi", "peksi", "blus", "katun_dobby", "synthetic", "remazol", "pastel", 420_000, GM],
  ["cap-pesindon-demo", "batik_cap", "liris", "iket", "mori_prima", "synthetic", "indigosol", "indigo", 150_000, IK],
  ["jenggot-alam-demo", "batik_tulis", "jlamprang", "kain_panjang", "mori_primissima", "natural", "indigofera,tingi", "indigo", 3_150_000, KP],
  ["jenggot-alam-demo", "batik_tulis", "buketan", "selendang", "sutera", "natural", "jalawe,tegeran", "kuning", 2_400_000, SL],
  ["jenggot-alam-demo", "batik_tulis", "semen", "kain_panjang", "mori_primissima", "natural", "tingi,jambal,tegeran", "soga", 2_900_000, KP],
  ["jenggot-alam-demo", "batik_tulis", "liris", "kemeja", "mori_prima", "natural", "mangrove", "mangrove", 1_250_000, GM],
  ["jenggot-alam-demo", "batik_tulis", "peksi", "dress", "mori_prima", "natural", "mahoni,secang", "merah", 1_450_000, GM],
  ["jenggot-alam-demo", "batik_tulis", "terang_bulan", "sarung", "mori_prima", "natural", "indigofera", "indigo", 1_750_000, SR],
  ["jenggot-alam-demo", "batik_tulis", "sawat", "iket", "mori_prima", "natural", "secang", "merah", 450_000, IK],
  ["pasirsari-tekstil-demo", "tiruan_batik_printing", "jlamprang", "kemeja", "polyester_blend", "synthetic", "other", "indigo", 85_000, GM],
  ["pasirsari-tekstil-demo", "tiruan_batik_printing", "buketan", "dress", "rayon_viscose", "synthetic", "other", "pastel", 95_000, GM],
  ["pasirsari-tekstil-demo", "tiruan_batik_printing", "liris", "sarung", "polyester_blend", "synthetic", "other", "hijau", 65_000, SR],
  ["pasirsari-tekstil-demo", "tiruan_batik_printing", "semen", "meteran", "rayon_viscose", "synthetic", "other", "kuning", 45_000, MT],
  ["pasirsari-tekstil-demo", "batik_cap", "tujuh_rupa", "kain_panjang", "mori_prima", "synthetic", "naphthol", "soga", 295_000, KP],
  ["pasirsari-tekstil-demo", "batik_cap", "jlamprang", "kemeja", "mori_biru", "synthetic", "indigosol", "indigo", 235_000, GM],
  ["pasirsari-tekstil-demo", "tiruan_batik_printing", "djawa_hokokai", "blus", "rayon_viscose", "synthetic", "other", "pastel", 79_000, GM],
  ["pringrejo-kombinasi-demo", "batik_kombinasi", "djawa_hokokai", "kain_panjang", "mori_primissima", "synthetic", "remazol,naphthol", "pastel", 1_350_000, KP],
  ["pringrejo-kombinasi-demo", "batik_kombinasi", "pagi_sore", "kain_panjang", "mori_prima", "synthetic", "naphthol,indigosol", "merah", 1_150_000, KP],
  ["pringrejo-kombinasi-demo", "batik_kombinasi", "buketan", "sarung", "mori_prima", "synthetic", "remazol", "hijau", 780_000, SR],
  ["pringrejo-kombinasi-demo", "batik_cap", "pagi_sore", "kemeja", "mori_prima", "synthetic", "naphthol", "soga", 310_000, GM],
  ["pringrejo-kombinasi-demo", "paduan_tiruan_batik", "jlamprang", "kemeja", "katun_dobby", "synthetic", "other", "indigo", 165_000, GM],
  ["pringrejo-kombinasi-demo", "batik_kombinasi", "encim", "blus", "sutera", "synthetic", "remazol", "pastel", 890_000, GM],
  ["pringrejo-kombinasi-demo", "paduan_tiruan_batik", "liris", "meteran", "katun_dobby", "synthetic", "other", "kuning", 120_000, MT],
  ["banyurip-indigo-demo", "batik_tulis", "liris", "kain_panjang", "mori_primissima", "natural", "indigofera", "indigo", 2_250_000, KP],
  ["banyurip-indigo-demo", "batik_cap", "jlamprang", "sarung", "mori_prima", "natural", "indigofera", "indigo", 560_000, SR],
  ["banyurip-indigo-demo", "batik_cap", "semen", "selendang", "mori_prima", "natural", "indigofera", "indigo", 395_000, SL],
  ["banyurip-indigo-demo", "batik_tulis", "sawat", "kemeja", "mori_prima", "natural", "indigofera", "indigo", 1_100_000, GM],
  ["banyurip-indigo-demo", "batik_cap", "tujuh_rupa", "iket", "mori_prima", "natural", "indigofera,mangrove", "mangrove", 175_000, IK],
  ["banyurip-indigo-demo", "batik_tulis", "buketan", "dress", "mori_prima", "natural", "indigofera,jalawe", "hijau", 1_550_000, GM],
  ["banyurip-indigo-demo", "batik_cap", "peksi", "meteran", "mori_prima", "natural", "indigofera", "indigo", 240_000, MT],
]

// The cap Sawat meteran (row 12) keeps only its Indonesian text, as a seller who has not written
// English yet: English pages show it in Indonesian with a "not yet translated" note.
const WITHOUT_ENGLISH = new Set([11])

export const DEMO_PRODUCTS: DemoProduct[] = ROWS.map(([seller, technique, motif, form, fabric, dye, dyes, palette, price_idr, size], i) => ({
  seller, technique, motif, form, fabric, dye,
  dyes: dyes.split(",").filter((d) => d !== "other" && d !== "tawas"),
  palette, price_idr, size,
  stock: 3 + ((i * 7) % 12),
  english: !WITHOUT_ENGLISH.has(i),
}))
