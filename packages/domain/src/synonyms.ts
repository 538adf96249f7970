import type { DyeFamily, Fabric, Motif, ProductForm } from "./materials.js";
import type { Technique } from "./techniques.js";

/**
 * Words shoppers type, in Indonesian or English, for the same cloth. One list for every search
 * provider: the Postgres provider gets them as extra keywords on each document (so "hand-drawn"
 * finds a product titled only "Batik Tulis ..."), Meilisearch gets them as its synonyms setting.
 *
 * A group may name the domain code it describes (`facet` + `code`): every product with that code
 * carries the whole group. A group without a code applies when one of its terms appears in the
 * product's own text. Terms are lowercase.
 *
 * Meilisearch treats every group as symmetric, so a term in a group finds everything the group
 * finds. Hence: no "hand-painted", "lukis" or "painted" for tulis (painting dye on is colet; batik
 * lukis is another craft), no "print"/"block-printed" for any SNI batik technique (printing is not
 * batik), and no group that joins natural with synthetic dyes. `synonyms.test.ts` guards these.
 */
export type SynonymGroup = {
  facet?: "technique" | "dye_family" | "fabric" | "form" | "motif";
  code?: Technique | DyeFamily | Fabric | ProductForm | Motif;
  terms: readonly string[];
};

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  { facet: "technique", code: "batik_tulis", terms: ["tulis", "batik tulis", "hand-drawn", "hand drawn", "handdrawn"] },
  { facet: "technique", code: "batik_cap", terms: ["cap", "batik cap", "stamped", "hand-stamped", "hand stamped", "copper-stamped"] },
  { facet: "technique", code: "batik_kombinasi", terms: ["kombinasi", "batik kombinasi", "combination", "combined"] },
  { facet: "technique", code: "tiruan_batik_printing", terms: ["printing", "print", "printed", "tiruan", "imitation", "sablon", "screen-printed"] },
  { facet: "technique", code: "paduan_tiruan_batik", terms: ["paduan", "tiruan", "imitation", "print", "printed"] },
  { facet: "dye_family", code: "natural", terms: ["pewarna alam", "warna alam", "natural dye", "natural dyes", "naturally dyed"] },
  { facet: "dye_family", code: "synthetic", terms: ["pewarna sintetis", "sintetis", "synthetic dye", "synthetic dyes"] },
  { facet: "dye_family", code: "mixed", terms: ["pewarna campuran", "mixed dyes", "mixed dye"] },
  { facet: "fabric", code: "sutera", terms: ["sutra", "sutera", "silk"] },
  { facet: "fabric", code: "mori_primissima", terms: ["mori", "katun", "cotton"] },
  { facet: "fabric", code: "mori_prima", terms: ["mori", "katun", "cotton"] },
  { facet: "fabric", code: "mori_biru", terms: ["mori", "katun", "cotton"] },
  { facet: "fabric", code: "katun_dobby", terms: ["katun", "cotton"] },
  { facet: "fabric", code: "rayon_viscose", terms: ["viskosa", "rayon", "fiskos", "viscose"] },
  { facet: "form", code: "sarung", terms: ["sarung", "sarong"] },
  { facet: "form", code: "selendang", terms: ["selendang", "shawl", "scarf"] },
  { facet: "form", code: "kemeja", terms: ["kemeja", "shirt"] },
  { facet: "form", code: "blus", terms: ["blus", "blouse"] },
  { facet: "form", code: "dress", terms: ["gaun", "dress"] },
  { facet: "form", code: "iket", terms: ["iket", "udeng", "head cloth", "head wrap"] },
  { facet: "form", code: "kain_panjang", terms: ["kain panjang", "jarik", "long cloth"] },
  { facet: "motif", code: "buketan", terms: ["buketan", "bouquet", "floral"] },
  { facet: "motif", code: "liong", terms: ["liong", "dragon", "naga"] },
  { facet: "motif", code: "peksi", terms: ["peksi", "bird", "burung"] },
  { terms: ["indigo", "nila", "indigofera"] },
  { terms: ["kain", "cloth", "fabric"] },
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every synonym for the product's codes, plus every group one of whose terms occurs in its text. */
export function synonymsFor(codes: Partial<Record<NonNullable<SynonymGroup["facet"]>, readonly string[]>>, text = ""): string[] {
  const lower = text.toLowerCase();
  const out = new Set<string>();
  for (const group of SYNONYM_GROUPS) {
    const byCode = group.facet && group.code && (codes[group.facet] ?? []).includes(group.code);
    const byText = !group.facet && group.terms.some((t) => new RegExp(`(^|[^\\p{L}])${escapeRe(t)}($|[^\\p{L}])`, "u").test(lower));
    if (byCode || byText) group.terms.forEach((t) => out.add(t));
  }
  return [...out];
}

/**
 * The groups as a symmetric map (term → every other term of every group it is in), the shape of
 * Meilisearch's `synonyms` setting.
 */
export function synonymMap(): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of SYNONYM_GROUPS) {
    for (const term of group.terms) {
      const others = map.get(term) ?? new Set<string>();
      group.terms.filter((t) => t !== term).forEach((t) => others.add(t));
      map.set(term, others);
    }
  }
  return Object.fromEntries([...map].map(([term, others]) => [term, [...others].sort()]));
}
