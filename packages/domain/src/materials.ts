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

/** Fibres a cloth's composition can name (domain-batik.md §1.4: cotton mori, silk, viscose/rayon, polyester blends). */
export const FIBRES = ["cotton", "silk", "rayon_viscose", "polyester", "other"] as const;
export type Fibre = (typeof FIBRES)[number];

/**
 * HS chapters a batik product's suggested 6-digit code may fall in: Section XI, textiles and
 * textile articles (50–63). The headings domain-batik.md §4.1 gives for batik, with their conditions:
 * 5208 woven cotton of at least 85% cotton weighing at most 200 g/m² (5208.51 printed plain weave
 * up to 100 g/m², 5208.52 printed plain weave over 100 and up to 200 g/m²); 5209 the same cotton
 * over 200 g/m²; 5210–5212 cotton under 85% mixed with other fibres; 5007 woven silk; 6206 women's
 * woven blouses; 6214 woven shawls and scarves (knitted ones are 6117); 6304 furnishings.
 * 6205 (men's woven shirts) is standard but was not fetched; 5408/5516 (viscose) and 6211 are not
 * verified. The code is a seller's suggestion, never a customs ruling.
 */
export const HS_TEXTILE_CHAPTERS = { from: 50, to: 63 } as const;

/** True for a 6-digit code in the textile chapters. */
export function isTextileHsCode(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const chapter = Number(code.slice(0, 2));
  return chapter >= HS_TEXTILE_CHAPTERS.from && chapter <= HS_TEXTILE_CHAPTERS.to;
}
