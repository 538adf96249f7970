import { isImitation } from "@canting/domain"
import { resources } from "@canting/i18n"
import type { DemoProduct } from "./products"

type Lang = "id" | "en"

// Title fragments for demo listings. In real use the seller writes titles; these only
// compose readable demo copy from the shared labels.
const KIND: Record<Lang, Record<string, string>> = {
  id: {
    batik_tulis: "Batik Tulis", batik_cap: "Batik Cap", batik_kombinasi: "Batik Kombinasi",
    tiruan_batik_printing: "Printing Motif", paduan_tiruan_batik: "Paduan Printing Motif",
  },
  en: {
    batik_tulis: "Hand-drawn Batik", batik_cap: "Hand-stamped Batik", batik_kombinasi: "Combination Batik",
    tiruan_batik_printing: "Batik-Pattern Print", paduan_tiruan_batik: "Combined Batik-Pattern Print",
  },
}
const COLOUR: Record<Lang, Record<string, string>> = {
  id: { indigo: "Biru Indigo", soga: "Cokelat Soga", mangrove: "Abu Mangrove", merah: "Merah", hijau: "Hijau", pastel: "Pastel", kuning: "Kuning" },
  en: { indigo: "Indigo Blue", soga: "Soga Brown", mangrove: "Mangrove Grey", merah: "Red", hijau: "Green", pastel: "Pastel", kuning: "Yellow" },
}

const vocab = (lang: Lang) => resources[lang].vocab as unknown as Record<string, Record<string, string>>

/** Demo title in one language; imitation always says it is a print (integrity rule 1). */
export function demoTitle(p: DemoProduct, lang: Lang): string {
  const v = vocab(lang)
  const form = v.form[p.form].replace(/ \(.*\)$/, "")
  const motif = v.motif[p.motif].replace(/ \(.*\)$/, "")
  const kind = KIND[lang][p.technique]
  return lang === "id"
    ? `${form} ${kind} ${motif} ${COLOUR.id[p.palette]}`
    : `${COLOUR.en[p.palette]} ${motif} ${kind} ${form}`
}

/** Demo description in one language, clearly marked as demo. */
export function demoDescription(p: DemoProduct, lang: Lang): string {
  const v = vocab(lang)
  const dyes = p.dyes.map((d) => v.naturalDye[d] ?? v.syntheticDye[d] ?? d).join(", ")
  const note = v.techniqueNote[p.technique]
  const [l, w] = p.size
  if (lang === "id") {
    return [
      note,
      `Motif ${v.motif[p.motif]} khas Pekalongan di atas ${v.fabric[p.fabric].toLowerCase()}, ${v.dyeFamily[p.dye].toLowerCase()}${dyes ? ` (${dyes})` : ""}.`,
      `Ukuran sekitar ${l} × ${w} cm.`,
      isImitation(p.technique) ? "Ini tekstil bermotif batik, bukan batik menurut SNI 8184." : "",
      "Produk demo: penjual, harga dan stok fiktif.",
      p.english ? "" : "Teks bahasa Inggris produk demo ini sengaja belum ditulis.",
    ].filter(Boolean).join(" ")
  }
  return [
    note,
    `A Pekalongan ${v.motif[p.motif]} design on ${v.fabric[p.fabric].toLowerCase()}, ${v.dyeFamily[p.dye].toLowerCase()}${dyes ? ` (${dyes})` : ""}.`,
    `About ${l} × ${w} cm (${(l / 2.54).toFixed(0)} × ${(w / 2.54).toFixed(0)} in).`,
    isImitation(p.technique) ? "This is batik-patterned textile, not batik under SNI 8184." : "",
    "Demo product: the seller, price and stock are fictional.",
  ].filter(Boolean).join(" ")
}

/** Demo USD price from the IDR price, rounded to half a dollar (demo rate, not a quote). */
export function demoUsd(idr: number): number {
  return Math.max(3, Math.round((idr / 16000) * 2) / 2)
}
