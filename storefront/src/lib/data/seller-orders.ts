import "server-only";
import type { Locale } from "@canting/domain";
import { toSellerOrder, toSellerOrderPage, type SellerOrder, type SellerOrderPage } from "@/lib/shop/seller-orders";
import { sellerGet } from "./seller-portal";
import { isStatus } from "@/lib/http/medusa";

export const SELLER_ORDERS_PAGE_SIZE = 20;

/** A page of the orders holding the seller's items, newest first. */
export async function listSellerOrders(locale: Locale, page = 1): Promise<SellerOrderPage> {
  const offset = Math.max(0, page - 1) * SELLER_ORDERS_PAGE_SIZE;
  return toSellerOrderPage(await sellerGet(locale, `/sellers/me/orders?limit=${SELLER_ORDERS_PAGE_SIZE}&offset=${offset}`));
}

/** One order (the seller's part of it), or null when it does not exist or holds none of the seller's items. */
export async function retrieveSellerOrder(locale: Locale, id: string): Promise<SellerOrder | null> {
  try {
    return toSellerOrder((await sellerGet<{ order?: unknown }>(locale, `/sellers/me/orders/${encodeURIComponent(id)}`)).order);
  } catch (e) {
    if (isStatus(e, 404)) return null;
    throw e;
  }
}
