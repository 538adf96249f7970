/** Dye families and named dyes (domain-batik.md §1.3). */
export const DYE_FAMILIES = ["natural", "synthetic", "mixed"] as const;
export type DyeFamily = (typeof DYE_FAMILIES)[number];

export const NATURAL_DYES = ["indigofera", "tingi", "jambal", "tegeran", "mahoni", "secang", "jalawe", "mangrove", "other"] as const;
export type NaturalDye = (typeof NATURAL_DYES)[number];

export const SYNTHETIC_DYES = ["naphthol", "indigosol", "remazol", "rapid", "other"] as const;
export type SyntheticDye = (typeof SYNTHETIC_DYES)[number];

/** Fixers (fiksator / mordan) that shift natural-dye shades. */
export const FIXERS = ["tawas", "kapur", "tunjung"] as const;
export type Fixer = (typeof FIXERS)[number];

/** Fabric grades and substrates (domain-batik.md §1.4). */
export const FABRICS = [
  "mori_primissima", "mori_prima", "mori_biru", "blaco", "katun_dobby",
  "rayon_viscose", "sutera", "atbm_tenun", "polyester_blend", "other",
] as const;
export type Fabric = (typeof FABRICS)[number];

/** What the product is (domain-batik.md §6.2). */
export const PRODUCT_FORMS = ["kain_panjang", "sarung", "selendang", "iket", "meteran", "kemeja", "blus", "dress", "other"] as const;
export type ProductForm = (typeof PRODUCT_FORMS)[number];

/** Pekalongan motifs and styles (domain-batik.md §1.5). */
export const MOTIFS = [
  "jlamprang", "buketan", "djawa_hokokai", "pagi_sore", "encim", "liong",
  "terang_bulan", "sawat", "semen", "tujuh_rupa", "peksi", "liris", "other",
] as const;
export type Motif = (typeof MOTIFS)[number];
