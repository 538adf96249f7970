import "server-only";
import type { Locale } from "@canting/domain";
import { toOrderParts, toOrderSummaries, toShopOrder, type OrderPart, type OrderSummary, type ShopOrder } from "@/lib/shop/orders";
import { call, orThrow } from "@/lib/http/medusa";
import { retrieveProductInfo } from "./cart";
import { orderAccessHeaders } from "./order-access";

const ORDER_FIELDS = "+items.total,+items.subtotal,+items.product_handle";

/**
 * An order by id, with its items grouped by seller; null when unknown or not this shopper's (the
 * backend answers only the account that placed it or the browser holding its cart: order-access.ts).
 */
export async function retrieveOrder(locale: Locale, id: string, token?: string | null): Promise<ShopOrder | null> {
  const result = await call<{ order: { items?: { product_id?: unknown }[] } }>(`/store/orders/${encodeURIComponent(id)}`, {
    locale, token: token === undefined ? "shopper" : token, query: { fields: ORDER_FIELDS }, headers: await orderAccessHeaders(id),
  });
  if (!result.ok && (result.status === 404 || result.status === 400)) return null;
  const { order } = orThrow(result);
  const productIds = (order.items ?? []).map((i) => i.product_id).filter((p): p is string => typeof p === "string");
  const info = await retrieveProductInfo(locale, productIds).catch(() => ({}));
  return toShopOrder(order, info);
}

/**
 * Each seller's part of an order and its status/tracking (`GET /store/orders/:id/parts`).
 * Null when the backend has no such route yet or does not know the order: the page then shows the
 * order without per-seller status instead of failing.
 */
export async function retrieveOrderParts(locale: Locale, id: string, token?: string | null): Promise<OrderPart[] | null> {
  const result = await call(`/store/orders/${encodeURIComponent(id)}/parts`, {
    locale, token: token === undefined ? "shopper" : token, headers: await orderAccessHeaders(id),
  });
  if (result.ok) return toOrderParts(result.data);
  console.error("[storefront] order parts unavailable:", result.message);
  return null;
}

/** The signed-in customer's orders, newest first. */
export async function listCustomerOrders(locale: Locale, token: string, { limit = 20, offset = 0 } = {}): Promise<OrderSummary[]> {
  return toOrderSummaries(orThrow(await call("/store/orders", {
    locale, token, query: { limit, offset, order: "-created_at" },
  })));
}
