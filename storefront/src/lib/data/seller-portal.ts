import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import type { Locale } from "@canting/domain";
import { toOnboarding, toSellerAccount, toSellerDocuments } from "@/lib/seller-portal/adapter";
import type { Onboarding, SellerAccount, SellerDocument } from "@/lib/seller-portal/types";
import { toSellerListing, toSellerListingPage, type SellerListing, type SellerListingPage } from "@/lib/seller-portal/listings";
import { apiQuery, LISTINGS_LIST, type ListParams } from "@/lib/seller-portal/list-params";
import { PORTAL_PAGE_MAX, type ListingStatus } from "@canting/domain";
import { toChangeRequests, type ChangeRequest } from "@/lib/seller-portal/change-requests";
import { toReadinessView, toTrainingAwards, type ReadinessView, type TrainingAward } from "@/lib/readiness/adapter";
import { call, isStatus, orThrow } from "@/lib/http/medusa";
import { toLowStockListings, type LowStockListing } from "@/lib/stock-alerts";
import { readSellerToken } from "./seller-session";

export const sellerLoginPath = (locale: Locale, expired = false) => `/${locale}/seller/login${expired ? "?expired=1" : ""}`;

/** GETs a `/sellers/me*` route with the cookie's token; no token or a refused one sends the seller to log in. */
export async function sellerGet<T>(locale: Locale, path: string): Promise<T> {
  const token = await readSellerToken();
  if (!token) redirect(sellerLoginPath(locale));
  const result = await call<T>(path, { locale, token });
  if (!result.ok && result.status === 401) redirect(sellerLoginPath(locale, true));
  return orThrow(result);
}

/** The signed-in seller's profile (private fields included). Deduped per request. */
export const retrieveSellerAccount = cache(async (locale: Locale): Promise<SellerAccount> =>
  toSellerAccount(await sellerGet(locale, "/sellers/me")));

/** Which onboarding steps are complete and what each still misses. Deduped per request. */
export const retrieveOnboarding = cache(async (locale: Locale): Promise<Onboarding> =>
  toOnboarding(await sellerGet(locale, "/sellers/me/onboarding")));

/** The seller's uploaded documents (private). */
export const listSellerDocuments = cache(async (locale: Locale): Promise<SellerDocument[]> =>
  toSellerDocuments(await sellerGet(locale, "/sellers/me/documents")));

/** The seller's requests to change its locked identity, newest first. */
export const listChangeRequests = cache(async (locale: Locale): Promise<ChangeRequest[]> =>
  toChangeRequests(await sellerGet(locale, "/sellers/me/change-requests")));

/** One page of the seller's listings as the listings page's URL asks for it (search, status, sort), and how many match. */
export const listSellerListingPage = async (locale: Locale, params: ListParams): Promise<SellerListingPage> =>
  toSellerListingPage(await sellerGet(locale, `/sellers/me/products?${apiQuery(params)}`));

/** How many listings the seller has (with the status, when given): one row is read, the backend counts. */
export const countSellerListings = async (locale: Locale, status: ListingStatus | "" = ""): Promise<number> => {
  const params: ListParams = { page: 1, q: "", status, sort: LISTINGS_LIST.defaultSort };
  return toSellerListingPage(await sellerGet(locale, `/sellers/me/products?${apiQuery(params, 1)}`)).count;
};

// The dashboard notice names at most this many listings, so it stays a notice on a phone.
const LOW_STOCK_SHOWN = 5;

/** The seller's published listings at or below their low-stock threshold (the backend filters), for the dashboard notice. */
export const listLowStockListings = async (locale: Locale): Promise<LowStockListing[]> =>
  toLowStockListings(await sellerGet(locale, `/sellers/me/products?low_stock=true&status=published&order=title&limit=${LOW_STOCK_SHOWN}`));

// A choice list (a product certificate's product) reads at most this many pages of the largest size.
const CHOICE_PAGES = 10;

/** The seller's listings, drafts included, newest first, for choosing one: read page by page. Deduped per request. */
export const listSellerListings = cache(async (locale: Locale): Promise<SellerListing[]> => {
  const all: SellerListing[] = [];
  for (let page = 1; page <= CHOICE_PAGES; page++) {
    const params: ListParams = { page, q: "", status: "", sort: LISTINGS_LIST.defaultSort };
    const { listings, count } = toSellerListingPage(await sellerGet(locale, `/sellers/me/products?${apiQuery(params, PORTAL_PAGE_MAX)}`));
    all.push(...listings);
    if (listings.length === 0 || all.length >= count) break;
  }
  return all;
});

/** One of the seller's listings, or null when it does not exist or is another seller's. */
export const retrieveSellerListing = cache(async (locale: Locale, id: string): Promise<SellerListing | null> => {
  try {
    return toSellerListing((await sellerGet<{ product?: unknown }>(locale, `/sellers/me/products/${encodeURIComponent(id)}`)).product);
  } catch (e) {
    if (isStatus(e, 404)) return null;
    throw e;
  }
});

/** The seller's export-readiness score, checklist and history. */
export const retrieveReadiness = cache(async (locale: Locale): Promise<ReadinessView | null> =>
  toReadinessView(await sellerGet(locale, "/sellers/me/readiness")));

/** The seller's training badges: verified awards and pending claims. */
export const listTrainingAwards = cache(async (locale: Locale): Promise<TrainingAward[]> =>
  toTrainingAwards(await sellerGet(locale, "/sellers/me/trainings")));
