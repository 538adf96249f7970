// A subpath of @canting/domain, not its index: client JavaScript then holds this module only, not
// the whole package (rubric, vocabularies, rules), whatever the bundler shakes out of the index.
import { DYE_FAMILIES, FABRICS, MOTIFS, PRODUCT_FORMS } from "@canting/domain/materials";
import { TECHNIQUES } from "@canting/domain/techniques";
import { ECO_TAGS } from "@canting/domain/certification";
import type { VocabularyGroup } from "@canting/domain";

/**
 * The catalog's state lives entirely in the URL (`/id/products?technique=batik_tulis&sort=newest&page=2`),
 * so every view can be shared and bookmarked. This module parses, serialises and toggles it; it has no I/O.
 */

/** Filterable facets: URL/API parameter → key in the API's `facets` → the vocabulary labelling its codes. */
export const FACETS = [
  { param: "technique", facet: "technique", vocab: "technique", codes: TECHNIQUES },
  { param: "dye_family", facet: "dye_family", vocab: "dyeFamily", codes: DYE_FAMILIES },
  { param: "motif", facet: "motifs", vocab: "motif", codes: MOTIFS },
  { param: "fabric", facet: "fabric", vocab: "fabric", codes: FABRICS },
  { param: "form", facet: "form", vocab: "form", codes: PRODUCT_FORMS },
  { param: "eco", facet: "eco_tags", vocab: "ecoTag", codes: ECO_TAGS },
  { param: "seller", facet: "seller", vocab: null, codes: null },
] as const satisfies readonly { param: string; facet: string; vocab: VocabularyGroup | null; codes: readonly string[] | null }[];

export type FacetParam = (typeof FACETS)[number]["param"];
export const SORTS = ["relevance", "newest", "price_asc", "price_desc"] as const;
export type Sort = (typeof SORTS)[number];
export const PAGE_SIZE = 24;

export type CatalogState = {
  q: string;
  filters: Record<FacetParam, string[]>;
  priceMin: number | null;
  priceMax: number | null;
  inStock: boolean;
  sort: Sort;
  page: number;
};

type SearchParamsLike = Record<string, string | string[] | undefined>;

const HANDLE = /^[a-z0-9][a-z0-9-]{1,80}$/;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const amount = (v: string) => {
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) && n >= 0 ? n : null;
};

/**
 * Reads the state from a page's search params. A shared link with a stale or mistyped value still
 * opens: unknown codes, bad numbers and pages are dropped rather than failing the page.
 */
export function parseCatalogParams(sp: SearchParamsLike): CatalogState {
  const filters = {} as Record<FacetParam, string[]>;
  for (const f of FACETS) {
    const values = [sp[f.param]].flat().flatMap((v) => (v ?? "").split(",")).map((v) => v.trim()).filter(Boolean);
    const valid = values.filter((v) => (f.codes ? (f.codes as readonly string[]).includes(v) : HANDLE.test(v)));
    filters[f.param] = [...new Set(valid)];
  }
  const sort = first(sp.sort) as Sort;
  const q = first(sp.q).trim().slice(0, 100);
  const page = Math.floor(Number(first(sp.page)));
  return {
    q,
    filters,
    priceMin: amount(first(sp.price_min)),
    priceMax: amount(first(sp.price_max)),
    inStock: first(sp.in_stock) === "1" || first(sp.in_stock) === "true",
    sort: (SORTS as readonly string[]).includes(sort) ? sort : q ? "relevance" : "newest",
    page: Number.isFinite(page) && page >= 1 && page <= 1000 ? page : 1,
  };
}

/** The state as URL search params, leaving out defaults so links stay short and canonical. */
export function toSearchParams(state: CatalogState): URLSearchParams {
  const out = new URLSearchParams();
  if (state.q) out.set("q", state.q);
  for (const f of FACETS) if (state.filters[f.param].length) out.set(f.param, state.filters[f.param].join(","));
  if (state.priceMin !== null) out.set("price_min", String(state.priceMin));
  if (state.priceMax !== null) out.set("price_max", String(state.priceMax));
  if (state.inStock) out.set("in_stock", "1");
  if (state.sort !== (state.q ? "relevance" : "newest")) out.set("sort", state.sort);
  if (state.page > 1) out.set("page", String(state.page));
  return out;
}

export function catalogHref(path: string, state: CatalogState): string {
  const qs = toSearchParams(state).toString();
  return qs ? `${path}?${qs}` : path;
}

/** The state after ticking or unticking one facet value; any change of filters starts again at page 1. */
export function toggleFilter(state: CatalogState, param: FacetParam, value: string): CatalogState {
  const current = state.filters[param];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [param]: next }, page: 1 };
}

export function withPage(state: CatalogState, page: number): CatalogState {
  return { ...state, page };
}

export function clearFilters(state: CatalogState): CatalogState {
  const filters = Object.fromEntries(FACETS.map((f) => [f.param, []])) as unknown as Record<FacetParam, string[]>;
  return { ...state, filters, priceMin: null, priceMax: null, inStock: false, page: 1 };
}

export const hasFilters = (s: CatalogState) =>
  FACETS.some((f) => s.filters[f.param].length > 0) || s.priceMin !== null || s.priceMax !== null || s.inStock;

/** The query for `GET /store/catalog` (see docs/api/search.md). */
export function toApiQuery(state: CatalogState, currency: string, locale: string): Record<string, string | number> {
  const query: Record<string, string | number> = {
    currency, locale, sort: state.sort, limit: PAGE_SIZE, offset: (state.page - 1) * PAGE_SIZE,
  };
  if (state.q) query.q = state.q;
  for (const f of FACETS) if (state.filters[f.param].length) query[f.param] = state.filters[f.param].join(",");
  if (state.priceMin !== null) query.price_min = state.priceMin;
  if (state.priceMax !== null) query.price_max = state.priceMax;
  if (state.inStock) query.in_stock = "true";
  return query;
}
