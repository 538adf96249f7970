import "server-only";
import { cache } from "react";
import type { Locale } from "@canting/domain";
import { toSellerProfile } from "@/lib/adapter";
import type { SellerProfile } from "@/lib/types";
import { isStatus, read } from "@/lib/http/medusa";
import { directoryQuery, toSellerListItem, type DirectoryFilters, type SellerListItem } from "@/lib/sellers-directory";

/** An approved seller's public profile with the story in the locale, or null on 404. Deduped per request. */
export const retrieveSeller = cache(async (locale: Locale, handle: string): Promise<SellerProfile | null> => {
  try {
    const { seller } = await read<{ seller: unknown }>(`/store/sellers/${encodeURIComponent(handle)}`, locale);
    return toSellerProfile(seller);
  } catch (e) {
    if (isStatus(e, 404)) return null;
    throw e;
  }
});

/** A page of approved sellers for the directory and the export page. */
export async function listSellers(locale: Locale, filters: DirectoryFilters): Promise<{ sellers: SellerListItem[]; count: number }> {
  const body = await read<{ sellers?: unknown[]; count?: number }>("/store/sellers", locale, directoryQuery(filters));
  const sellers = (body.sellers ?? []).map(toSellerListItem).filter((s): s is SellerListItem => s !== null);
  return { sellers, count: body.count ?? sellers.length };
}
