import { toShopAddress, type ShopAddress } from "@/lib/shop/address";
import { isObj, num, str } from "@/lib/read";

import { SELLER_ORDER_STATUSES, type SellerOrderStatus } from "@canting/domain";

/** The seller's part of an order: still to ship, shipped, delivered (`@canting/domain`). */
export const FULFILLMENT_STATUSES = SELLER_ORDER_STATUSES;
export type FulfillmentStatus = SellerOrderStatus;

/** One order as a seller sees it: only that seller's items and subtotal (`GET /sellers/me/orders[/:id]`). */
export type SellerOrder = {
  id: string;
  displayId: string;
  createdAt: string | null;
  currency: string;
  email: string | null;
  shippingAddress: ShopAddress | null;
  paymentStatus: string | null;
  items: { id: string; title: string; variantTitle: string | null; productId: string | null; thumbnail: string | null; quantity: number; unitPrice: number; total: number }[];
  subtotal: number;
  /** the shipping method the shopper chose for this seller's part */
  shipping: { name: string; amount: number } | null;
  fulfillmentStatus: FulfillmentStatus;
  fulfillments: { id: string; trackingNumber: string | null; carrier: string | null; trackingUrl: string | null; shippedAt: string | null }[];
};

export function toSellerOrder(raw: unknown): SellerOrder | null {
  if (!isObj(raw) || !str(raw.id)) return null;
  const items = (Array.isArray(raw.items) ? raw.items : []).filter(isObj).flatMap((i) => {
    const id = str(i.id);
    if (!id) return [];
    const quantity = num(i.quantity) ?? 0;
    const unitPrice = num(i.unit_price) ?? 0;
    return [{ id, title: str(i.title) ?? "", variantTitle: str(i.variant_title), productId: str(i.product_id), thumbnail: str(i.thumbnail), quantity, unitPrice, total: num(i.total) ?? unitPrice * quantity }];
  });
  const status = String(raw.fulfillment_status);
  return {
    id: str(raw.id)!,
    displayId: String(raw.display_id ?? raw.id),
    createdAt: str(raw.created_at),
    currency: (str(raw.currency_code) ?? "idr").toLowerCase(),
    email: str(raw.email),
    shippingAddress: toShopAddress(raw.shipping_address),
    paymentStatus: str(raw.payment_status),
    items,
    subtotal: num(raw.subtotal) ?? items.reduce((n, i) => n + i.total, 0),
    shipping: isObj(raw.shipping) && str(raw.shipping.name) !== null ? { name: str(raw.shipping.name)!, amount: num(raw.shipping.amount) ?? 0 } : null,
    fulfillmentStatus: (FULFILLMENT_STATUSES as readonly string[]).includes(status) ? (status as FulfillmentStatus) : "not_fulfilled",
    fulfillments: (Array.isArray(raw.fulfillments) ? raw.fulfillments : []).filter(isObj).flatMap((f) => {
      const url = str(f.tracking_url);
      return str(f.id) ? [{
        id: str(f.id)!, trackingNumber: str(f.tracking_number), carrier: str(f.carrier),
        trackingUrl: url && /^https?:\/\//i.test(url) ? url : null, shippedAt: str(f.shipped_at),
      }] : [];
    }),
  };
}

export type SellerOrderPage = { orders: SellerOrder[]; count: number; limit: number; offset: number };

export function toSellerOrderPage(raw: unknown): SellerOrderPage {
  const r = isObj(raw) ? raw : {};
  const orders = (Array.isArray(r.orders) ? r.orders : []).map(toSellerOrder).filter((o): o is SellerOrder => o !== null);
  return { orders, count: num(r.count) ?? orders.length, limit: num(r.limit) ?? 20, offset: num(r.offset) ?? 0 };
}

/** A date for a table cell, in the portal's language ("28 Nov 2026"). */
export const formatDate = (iso: string | null, locale: "id" | "en") =>
  iso ? new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "Asia/Jakarta" }).format(new Date(iso)) : "";
