import "server-only";
import { cache } from "react";
import type { Locale } from "@canting/domain";
import { toSellerProfile } from "@/lib/adapter";
import type { SellerProfile } from "@/lib/types";
import { isNotFoundError, storeFetch } from "./store-fetch";

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
