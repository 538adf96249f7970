import { distance } from "fastest-levenshtein"
import { DYE_FAMILIES, ECO_TAGS, FABRICS, LOCALES, MOTIFS, PRODUCT_FORMS, TECHNIQUES, type Locale } from "@canting/domain"
import { resources } from "@canting/i18n"

/** A vocabulary term a shopper can filter by: the catalog query parameter, the code and its label. */
export type CatalogTerm = { facet: "technique" | "dye_family" | "motif" | "fabric" | "form" | "eco"; value: string; label: string }

const GROUPS: { facet: CatalogTerm["facet"]; group: string; codes: readonly string[] }[] = [
  { facet: "motif", group: "motif", codes: MOTIFS },
  { facet: "technique", group: "technique", codes: TECHNIQUES },
  { facet: "dye_family", group: "dyeFamily", codes: DYE_FAMILIES },
  { facet: "fabric", group: "fabric", codes: FABRICS },
  { facet: "form", group: "form", codes: PRODUCT_FORMS },
  { facet: "eco", group: "ecoTag", codes: ECO_TAGS },
]

/** Folds case and accents so "Jlamprang", "jlamprang" and "jlámprang" compare equal. */
export const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim()
const words = (s: string) => fold(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3)

/** Every labelled code in a locale ("other" codes are not something to search for). */
export function catalogTerms(locale: Locale): CatalogTerm[] {
  const vocab = resources[locale].vocab as unknown as Record<string, Record<string, string>>
  return GROUPS.flatMap(({ facet, group, codes }) =>
    codes.filter((c) => c !== "other").map((value) => ({ facet, value, label: vocab[group][value] })))
}

/** The least edit distance from a query word to the term's label: Infinity past one edit per three letters. */
function closeness(query: string, term: CatalogTerm): number {
  let best = Infinity
  for (const q of words(query)) {
    const allowed = Math.max(1, Math.floor(q.length / 3))
    for (const w of [fold(term.label), ...words(term.label)]) {
      const d = distance(q, w)
      if (d <= allowed && d < best) best = d
    }
  }
  return best
}

/** Close vocabulary labels for a query that found nothing, best first (at most `limit`). */
export function suggestTerms(query: string, locale: Locale, limit = 5): string[] {
  const scored = catalogTerms(locale)
    .map((term) => ({ term, d: closeness(query, term) }))
    .filter((s) => Number.isFinite(s.d) && s.d > 0)
    .sort((a, b) => a.d - b.d || a.term.label.localeCompare(b.term.label))
  return [...new Set(scored.map((s) => s.term.label))].slice(0, limit)
}

/** Terms for instant suggestions: labels with a word starting with the query, else close ones. */
export function matchTerms(query: string, locale: Locale, limit = 4): CatalogTerm[] {
  const q = fold(query)
  if (!q) return []
  const terms = catalogTerms(locale)
  const prefixed = terms.filter((t) => fold(t.label).startsWith(q) || words(t.label).some((w) => w.startsWith(q)))
  if (prefixed.length) return prefixed.slice(0, limit)
  return terms
    .map((term) => ({ term, d: closeness(query, term) }))
    .filter((s) => Number.isFinite(s.d))
    .sort((a, b) => a.d - b.d)
    .slice(0, limit)
    .map((s) => s.term)
}

let vocabularyWords: Set<string> | null = null
/** Every word (3+ letters) of every label in both languages, folded. */
function vocabulary(): Set<string> {
  vocabularyWords ??= new Set(LOCALES.flatMap((l) => catalogTerms(l).flatMap((t) => words(t.label))))
  return vocabularyWords
}

/**
 * The query with each misspelt word (4+ letters) replaced by the closest vocabulary word of either
 * language, "jlamprag" → "jlamprang", or null when none changed. Far cheaper than the provider's typo
 * pass, which on Postgres compares the query with every document's text.
 */
export function correctQuery(query: string): string | null {
  const vocab = vocabulary()
  let changed = false
  const out = query.split(/\s+/).filter(Boolean).map((raw) => {
    const w = fold(raw)
    if (w.length < 4 || vocab.has(w) || !/^[\p{L}]+$/u.test(w)) return raw
    const allowed = Math.max(1, Math.floor(w.length / 3))
    let best: string | null = null
    let bestD = Infinity
    for (const v of vocab) {
      if (Math.abs(v.length - w.length) > allowed) continue
      const d = distance(w, v)
      if (d <= allowed && (d < bestD || (d === bestD && best !== null && v < best))) {
        best = v
        bestD = d
      }
    }
    if (best === null) return raw
    changed = true
    return best
  })
  return changed ? out.join(" ") : null
}
