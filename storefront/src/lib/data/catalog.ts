import "server-only";
import type { Locale } from "@canting/domain";
import { toApiQuery, type CatalogState } from "@/lib/catalog/params";
import { toCatalogResult, type CatalogResult } from "@/lib/catalog/adapter";
import { getRegion } from "./regions";
import { read } from "@/lib/http/medusa";

/** One page of the faceted catalog in the shopper's region currency and language. */
export async function searchCatalog(locale: Locale, state: CatalogState): Promise<CatalogResult> {
  const region = await getRegion(locale);
  const raw = await read<unknown>("/store/catalog", locale, toApiQuery(state, region.currency_code.toLowerCase(), locale));
  return toCatalogResult(raw, locale);
}

export type Suggestions = { products: { handle: string; title: string }[]; terms: { facet: string; value: string; label: string }[] };

/** Instant suggestions for the header search box. */
export async function suggest(locale: Locale, q: string): Promise<Suggestions> {
  const raw = await read<Partial<Suggestions>>("/store/catalog/suggest", locale, { q, locale });
  return {
    products: (raw.products ?? []).filter((p) => p && typeof p.handle === "string" && typeof p.title === "string").slice(0, 6),
    terms: (raw.terms ?? []).filter((t) => t && typeof t.value === "string" && typeof t.label === "string").slice(0, 4),
  };
}
