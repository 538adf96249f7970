import "server-only";
import { PORTAL_PAGE_SIZE, type Locale, type SellerOrderStatus } from "@canting/domain";
import { apiQuery, ORDERS_LIST, type ListParams } from "@/lib/seller-portal/list-params";
import { toSellerOrder, toSellerOrderPage, type SellerOrder, type SellerOrderPage } from "@/lib/shop/seller-orders";
import { sellerGet } from "./seller-portal";
import { isStatus } from "@/lib/http/medusa";

export const SELLER_ORDERS_PAGE_SIZE = PORTAL_PAGE_SIZE;

/** A page of the orders holding the seller's items, newest first. */
export async function listSellerOrders(locale: Locale, page = 1): Promise<SellerOrderPage> {
  return listSellerOrderPage(locale, { page: Math.max(1, page), q: "", status: "", sort: ORDERS_LIST.defaultSort });
}

/** One page of the seller's orders as the orders page's URL asks for it (search, status of the seller's part, sort). */
export async function listSellerOrderPage(locale: Locale, params: ListParams): Promise<SellerOrderPage> {
  return toSellerOrderPage(await sellerGet(locale, `/sellers/me/orders?${apiQuery(params, SELLER_ORDERS_PAGE_SIZE)}`));
}

/** How many of the seller's orders have its part in this status: one row is read, the backend counts. */
export async function countSellerOrders(locale: Locale, status: SellerOrderStatus): Promise<number> {
  const params: ListParams = { page: 1, q: "", status, sort: ORDERS_LIST.defaultSort };
  return toSellerOrderPage(await sellerGet(locale, `/sellers/me/orders?${apiQuery(params, 1)}`)).count;
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
