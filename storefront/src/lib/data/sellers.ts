import "server-only";
import { cache } from "react";
import type { Locale } from "@canting/domain";
import { toSellerProfile } from "@/lib/adapter";
import type { SellerProfile } from "@/lib/types";
import { isNotFoundError, storeFetch } from "./store-fetch";
import { directoryQuery, toSellerListItem, type DirectoryFilters, type SellerListItem } from "@/lib/sellers-directory";

/** An approved seller's public profile with the story in the locale, or null on 404. Deduped per request. */
export const retrieveSeller = cache(async (locale: Locale, handle: string): Promise<SellerProfile | null> => {
  try {
    const { seller } = await storeFetch<{ seller: unknown }>(`/store/sellers/${encodeURIComponent(handle)}`, locale);
    return toSellerProfile(seller);
  } catch (e) {
    if (isNotFoundError(e)) return null;
    throw e;
  }
});

/** A page of approved sellers for the directory and the export page. */
export async function listSellers(locale: Locale, filters: DirectoryFilters): Promise<{ sellers: SellerListItem[]; count: number }> {
  const body = await storeFetch<{ sellers?: unknown[]; count?: number }>("/store/sellers", locale, directoryQuery(filters));
  const sellers = (body.sellers ?? []).map(toSellerListItem).filter((s): s is SellerListItem => s !== null);
  return { sellers, count: body.count ?? sellers.length };
}
