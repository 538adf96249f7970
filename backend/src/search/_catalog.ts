import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { ECO_TAGS, type Locale } from "@canting/domain"
import { PRODUCT_INDEX } from "./_product-document"
import { answers, readStamp } from "./_answers"
import { correctQuery, suggestTerms } from "./_terms"

/** A catalog question, validated by the store route (GET /store/catalog). */
export type CatalogQuery = {
  q?: string
  technique?: string[]; dye_family?: string[]; motif?: string[]; fabric?: string[]; form?: string[]; eco?: string[]; seller?: string[]
  price_min?: number; price_max?: number; in_stock: boolean
  currency: "idr" | "usd"; locale: Locale
  sort: "relevance" | "newest" | "price_asc" | "price_desc"
  limit: number; offset: number
}

// The least relevance a typo-tolerant match needs (pg_trgm word similarity on Postgres), so a typo
// pass does not drag in unrelated pieces that merely share a few letters.
export const TYPO_MIN_SCORE = 0.5

/** Thrown when the product index has not been built yet (fresh install, first seconds after a migration). */
export class SearchUnavailableError extends Error {}

type Hit = {
  id: string; handle: string | null; title_id: string; title_en: string | null; thumbnail: string | null
  technique: string | null; is_imitation: boolean | null; seller_handle: string | null; seller_name: string | null
  price_idr: number | null; price_usd: number | null; in_stock: boolean | null
}
export const HIT_FIELDS = [
  "id", "handle", "title_id", "title_en", "thumbnail", "technique", "is_imitation", "seller_handle", "seller_name", "price_idr", "price_usd", "in_stock",
]

const VALUE_FACETS = {
  technique: "technique", dye_family: "dye_family", motifs: "motifs", fabric: "fabric", form: "form",
  eco_tags: "eco_tags", seller: "seller_handle", in_stock: "in_stock",
} as const

export type CatalogFacetValue = { value: string; count: number }
export type CatalogResponse = {
  hits: {
    id: string; handle: string | null; title: string; title_translated: boolean; thumbnail: string | null
    technique: string | null; is_imitation: boolean; seller: { handle: string; name: string } | null
    price: { amount: number; currency: string } | null; in_stock: boolean
  }[]
  count: number
  limit: number
  offset: number
  facets: {
    technique: CatalogFacetValue[]; dye_family: CatalogFacetValue[]; motifs: CatalogFacetValue[]; fabric: CatalogFacetValue[]
    form: CatalogFacetValue[]; eco_tags: CatalogFacetValue[]; seller: (CatalogFacetValue & { label: string })[]
    in_stock: CatalogFacetValue[]; price: { min: number; max: number } | null
  }
  suggestions: string[]
}

function searchModule(scope: MedusaContainer): SearchTypes.ISearchModuleService {
  return scope.resolve(Modules.SEARCH)
}

type SellerDirectory = { hidden: string[]; names: Map<string, string> }

/** Every seller's id, handle, name and status, kept until the seller table or the index is written. */
async function sellerDirectory(scope: MedusaContainer): Promise<SellerDirectory> {
  return answers.get(await readStamp(scope, PRODUCT_INDEX), "sellers", async () => {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "seller", fields: ["id", "handle", "name", "status"] })
    const sellers = data as { id: string; handle: string; name: string; status: string }[]
    return {
      hidden: sellers.filter((s) => s.status !== "approved").map((s) => s.id),
      names: new Map(sellers.map((s) => [s.handle, s.name])),
    }
  })
}

/**
 * Sellers that are not approved. The index leaves their products out too; filtering them at query
 * time as well hides a suspension before the index has caught up.
 */
export async function unapprovedSellerIds(scope: MedusaContainer): Promise<string[]> {
  return (await sellerDirectory(scope)).hidden
}

/** The catalog's filters as a search filter tree: OR within a facet, AND across facets. */
export function catalogFilters(p: CatalogQuery, hiddenSellers: string[]): SearchTypes.SearchFilters {
  const f: SearchTypes.SearchFilters = {}
  if (p.q) f.q = p.q
  if (p.technique?.length) f.technique = { $in: p.technique }
  if (p.dye_family?.length) f.dye_family = { $in: p.dye_family }
  if (p.motif?.length) f.motifs = { $overlaps: p.motif }
  if (p.fabric?.length) f.fabric = { $in: p.fabric }
  if (p.form?.length) f.form = { $in: p.form }
  if (p.eco?.length) f.eco_tags = { $overlaps: p.eco }
  if (p.seller?.length) f.seller_handle = { $in: p.seller }
  if (p.in_stock) f.in_stock = true
  const price: Record<string, number> = {}
  if (p.price_min !== undefined) price.$gte = p.price_min
  if (p.price_max !== undefined) price.$lte = p.price_max
  if (Object.keys(price).length) f[`price_${p.currency}`] = price
  if (hiddenSellers.length) f.seller_id = { $nin: hiddenSellers }
  return f
}

export function catalogOrder(p: Pick<CatalogQuery, "sort" | "currency" | "q">): Record<string, SearchTypes.SearchOrderBy> {
  switch (p.sort) {
    case "newest":
      return { created_at: "DESC" }
    case "price_asc":
      return { [`price_${p.currency}`]: "ASC" }
    case "price_desc":
      return { [`price_${p.currency}`]: "DESC" }
    default:
      return p.q ? { _score: "DESC", created_at: "DESC" } : { created_at: "DESC" }
  }
}

/**
 * Runs a query exactly and, when free text found nothing, with misspelt vocabulary corrected, then
 * with typo tolerance: "jlamprag" still finds Jlamprang, and exact words keep their precision.
 */
export async function searchWithTypoFallback(scope: MedusaContainer, query: SearchTypes.SearchQuery) {
  const attempt = (typo: boolean, filters = query.filters) => run(scope, {
    ...query,
    filters,
    search_options: { ...query.search_options, typo_tolerance: typo, ...(typo ? { min_score: TYPO_MIN_SCORE } : {}) },
  })
  const found = (r: SearchTypes.SearchResult) => r.hits.length > 0 || (r.metadata.count ?? 0) > 0
  const exact = await attempt(false)
  const q = query.filters?.q
  if (!q || found(exact)) return { result: exact, exactFound: true, typo: false, filters: query.filters }
  // The words are in the catalog and the filters left nothing: an honest empty answer, not a typo.
  if (Object.keys(query.filters ?? {}).some((k) => k !== "q") && (await wordsFound(scope, String(q)))) {
    return { result: exact, exactFound: true, typo: false, filters: query.filters }
  }
  // Misspelt vocabulary ("jlamprag") first: an exact search for the corrected words uses the
  // full-text index; the provider's typo pass below is the general (and slower) net.
  const corrected = correctQuery(String(q))
  if (corrected) {
    const filters = { ...query.filters, q: corrected }
    const fixed = await attempt(false, filters)
    if (found(fixed)) return { result: fixed, exactFound: false, typo: false, filters }
  }
  return { result: await attempt(true), exactFound: false, typo: true, filters: query.filters }
}

/** Whether the words as typed match any product at all (no filters; the provider keeps the match). */
async function wordsFound(scope: MedusaContainer, q: string): Promise<boolean> {
  const r = await searchModule(scope).search({
    entity: PRODUCT_INDEX, fields: ["id"], filters: { q },
    // Any one match will do: an order without the relevance spares ranking every match.
    pagination: { skip: 0, take: 1, order: { created_at: "DESC" } }, search_options: { count: "none", typo_tolerance: false },
  })
  return r.hits.length > 0
}

function valueFacet(result: { facets?: SearchTypes.SearchResult["facets"] }, field: string): CatalogFacetValue[] {
  const facet = result.facets?.[field]
  return facet?.type === "value" ? facet.values.map(({ value, count }) => ({ value: String(value), count })) : []
}

type Facets = NonNullable<SearchTypes.SearchResult["facets"]>

/**
 * The facet counts of a filter set and the size of its result, kept per filter set (every sort
 * order and page of one question shares them). A facet's own selection does not narrow its own
 * counts: the Search module asks one more query per selected facet.
 */
async function catalogFacets(scope: MedusaContainer, filters: SearchTypes.SearchFilters, priceField: string, typo: boolean): Promise<{ count: number; facets: Facets }> {
  const options = typo ? { typo_tolerance: true, min_score: TYPO_MIN_SCORE } : { typo_tolerance: false }
  return answers.get(await readStamp(scope, PRODUCT_INDEX), { facets: filters, priceField, typo }, async () => {
    const result = await run(scope, {
      entity: PRODUCT_INDEX,
      fields: ["id"],
      filters,
      pagination: { skip: 0, take: 0 },
      search_options: {
        ...options,
        facets: [
          ...Object.values(VALUE_FACETS).map((field) => ({ field, type: "value" as const, limit: 100 })),
          { field: priceField, type: "stats" as const },
        ],
        disjunctive_facets: true,
        count: "exact",
      },
    })
    return { count: result.metadata.count ?? 0, facets: result.facets ?? {} }
  })
}

async function run(scope: MedusaContainer, query: SearchTypes.SearchQuery) {
  try {
    return await searchModule(scope).search<Hit>(query)
  } catch (e) {
    if (e instanceof MedusaError && e.type === MedusaError.Types.NOT_FOUND) throw new SearchUnavailableError(e.message)
    throw e
  }
}

/** The catalog's answer, kept while the product index and the seller table are unchanged. */
export async function searchCatalog(scope: MedusaContainer, p: CatalogQuery): Promise<CatalogResponse> {
  return answers.get(await readStamp(scope, PRODUCT_INDEX), { route: "catalog", ...catalogCacheKey(p) }, () => computeCatalog(scope, p))
}

/** The query with its list values sorted: two spellings of the same question share an answer. */
export function catalogCacheKey(p: CatalogQuery): Record<string, unknown> {
  return Object.fromEntries(Object.entries(p).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]))
}

/**
 * Which words answer the question: as typed; when they find nothing, with misspelt vocabulary
 * corrected ("jlamprag" → "jlamprang", served by the full-text index); then typo-tolerant. When the
 * words do find pieces and only the filters exclude them, the empty answer is the honest one. The
 * facet counts decide, and are the ones the page is shown with.
 */
async function resolveWords(scope: MedusaContainer, p: CatalogQuery, filters: SearchTypes.SearchFilters, priceField: string) {
  const exact = await catalogFacets(scope, filters, priceField, false)
  if (!p.q || exact.count > 0) return { filters, typo: false, exactFound: true, ...exact }
  if (Object.keys(filters).some((k) => k !== "q") && (await wordsFound(scope, p.q))) return { filters, typo: false, exactFound: true, ...exact }
  const corrected = correctQuery(p.q)
  if (corrected) {
    const fixed = { ...filters, q: corrected }
    const found = await catalogFacets(scope, fixed, priceField, false)
    if (found.count > 0) return { filters: fixed, typo: false, exactFound: false, ...found }
  }
  return { filters, typo: true, exactFound: false, ...(await catalogFacets(scope, filters, priceField, true)) }
}

async function computeCatalog(scope: MedusaContainer, p: CatalogQuery): Promise<CatalogResponse> {
  const priceField = `price_${p.currency}`
  const asked = catalogFilters(p, await unapprovedSellerIds(scope))
  const { filters, typo, exactFound, count, facets } = await resolveWords(scope, p, asked, priceField)
  const page = count > p.offset
    ? await run(scope, {
      entity: PRODUCT_INDEX,
      fields: HIT_FIELDS,
      filters,
      pagination: { skip: p.offset, take: p.limit, order: catalogOrder(p) },
      search_options: { count: "none", typo_tolerance: typo, ...(typo ? { min_score: TYPO_MIN_SCORE } : {}) },
    })
    : { hits: [] }
  const result = { hits: page.hits, facets }

  const sellerFacet = valueFacet(result, VALUE_FACETS.seller)
  const sellerNames = await sellerLabels(scope, sellerFacet.map((s) => s.value))
  const stats = result.facets?.[priceField]
  const locale: Locale = p.locale
  return {
    hits: result.hits.map(({ id, document: d }) => ({
      id,
      handle: d.handle ?? null,
      title: locale === "en" && d.title_en ? d.title_en : d.title_id,
      title_translated: locale === "id" || !!d.title_en,
      thumbnail: d.thumbnail ?? null,
      technique: d.technique ?? null,
      is_imitation: !!d.is_imitation,
      seller: d.seller_handle ? { handle: d.seller_handle, name: d.seller_name ?? d.seller_handle } : null,
      price: typeof d[priceField as "price_idr"] === "number" ? { amount: d[priceField as "price_idr"] as number, currency: p.currency } : null,
      in_stock: !!d.in_stock,
    })),
    count,
    limit: p.limit,
    offset: p.offset,
    facets: {
      technique: valueFacet(result, VALUE_FACETS.technique),
      dye_family: valueFacet(result, VALUE_FACETS.dye_family),
      motifs: valueFacet(result, VALUE_FACETS.motifs),
      fabric: valueFacet(result, VALUE_FACETS.fabric),
      form: valueFacet(result, VALUE_FACETS.form),
      // Only today's eco tags: a document indexed before natural_dyes stopped being one keeps it until `npm run reindex`.
      eco_tags: valueFacet(result, VALUE_FACETS.eco_tags).filter((v) => (ECO_TAGS as readonly string[]).includes(v.value)),
      seller: sellerFacet.map((s) => ({ ...s, label: sellerNames.get(s.value) ?? s.value })),
      in_stock: valueFacet(result, VALUE_FACETS.in_stock),
      price: stats?.type === "stats" && stats.count > 0 && Number.isFinite(stats.min) ? { min: stats.min, max: stats.max } : null,
    },
    // Filled whenever the words as typed found nothing: close vocabulary terms ("jlamprag" → Jlamprang).
    suggestions: p.q && !exactFound ? suggestTerms(p.q, locale) : [],
  }
}

async function sellerLabels(scope: MedusaContainer, handles: string[]): Promise<Map<string, string>> {
  if (!handles.length) return new Map()
  const { names } = await sellerDirectory(scope)
  return new Map(handles.flatMap((h) => (names.has(h) ? [[h, names.get(h)!] as const] : [])))
}
