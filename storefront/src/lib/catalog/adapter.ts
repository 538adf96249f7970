import { TECHNIQUES } from "@canting/domain";
import { pickCode } from "@/lib/adapter";
import type { Money, ProductSummary } from "@/lib/types";

/** One facet value with the number of matching products (and a display label for sellers). */
export type FacetValue = { value: string; count: number; label?: string };

export type CatalogResult = {
  products: ProductSummary[];
  count: number;
  facets: Record<string, FacetValue[]>;
  price: { min: number; max: number } | null;
  suggestions: string[];
};

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === "object" && v !== null;
const str = (v: unknown) => (typeof v === "string" && v ? v : null);

function toMoney(v: unknown): Money | null {
  if (!isObj(v) || typeof v.amount !== "number" || typeof v.currency !== "string") return null;
  return { amount: v.amount, currency: v.currency };
}

/** A catalog hit as the product card's summary; hits missing an id or handle are skipped. */
export function toHitSummary(raw: unknown, locale?: string): ProductSummary | null {
  if (!isObj(raw) || !str(raw.id) || !str(raw.handle)) return null;
  const seller = isObj(raw.seller) && str(raw.seller.handle)
    ? { id: str(raw.seller.id) ?? "", handle: raw.seller.handle as string, name: str(raw.seller.name) ?? (raw.seller.handle as string), sentra: null, city: null }
    : null;
  return {
    id: raw.id as string,
    handle: raw.handle as string,
    title: str(raw.title) ?? (raw.handle as string),
    subtitle: null,
    thumbnail: str(raw.thumbnail),
    price: toMoney(raw.price),
    priceFrom: false,
    technique: pickCode(TECHNIQUES, raw.technique),
    seller,
    demo: raw.demo === true,
    untranslated: locale === "en" && raw.title_translated === false,
  };
}

function toFacetValues(v: unknown): FacetValue[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((x) =>
    isObj(x) && typeof x.count === "number" && (typeof x.value === "string" || typeof x.value === "boolean")
      ? [{ value: String(x.value), count: x.count, ...(str(x.label) ? { label: x.label as string } : {}) }]
      : [],
  );
}

/** The `GET /store/catalog` response, defensively typed for the page. */
export function toCatalogResult(raw: unknown, locale?: string): CatalogResult {
  const body = isObj(raw) ? raw : {};
  const facetsRaw = isObj(body.facets) ? body.facets : {};
  const facets: Record<string, FacetValue[]> = {};
  for (const [k, v] of Object.entries(facetsRaw)) if (k !== "price") facets[k] = toFacetValues(v);
  const p = facetsRaw.price;
  const products = (Array.isArray(body.hits) ? body.hits : []).map((h) => toHitSummary(h, locale)).filter((x): x is ProductSummary => x !== null);
  return {
    products,
    count: typeof body.count === "number" ? body.count : products.length,
    facets,
    price: isObj(p) && typeof p.min === "number" && typeof p.max === "number" ? { min: p.min, max: p.max } : null,
    suggestions: Array.isArray(body.suggestions) ? body.suggestions.filter((s): s is string => typeof s === "string").slice(0, 5) : [],
  };
}
