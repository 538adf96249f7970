import { isObj, num, str } from "@/lib/read";
import { toLine, toShopSeller, toTotals, type CartLine, type ProductInfo, type ShopSeller, type ShopTotals } from "@/lib/shop/lines";

/** A shopper's order as the confirmation and account pages show it. */
export type ShopOrder = ShopTotals & {
  id: string;
  displayId: string;
  createdAt: string | null;
  email: string | null;
  paymentStatus: string | null;
};

/** `GET /store/orders/:id` plus the sellers of its products. */
export function toShopOrder(raw: unknown, info: Record<string, ProductInfo>): ShopOrder | null {
  if (!isObj(raw) || !str(raw.id)) return null;
  const lines = (Array.isArray(raw.items) ? raw.items : []).map((i) => toLine(i, null)).filter((l): l is CartLine => l !== null);
  const collections = Array.isArray(raw.payment_collections) ? raw.payment_collections.filter(isObj) : [];
  return {
    id: str(raw.id)!,
    displayId: String(raw.custom_display_id ?? raw.display_id ?? raw.id),
    createdAt: str(raw.created_at),
    email: str(raw.email),
    ...toTotals(raw, lines, info),
    paymentStatus: str(raw.payment_status) ?? (collections.length ? str(collections[0].status) : null),
  };
}

export type PartStatus = "processing" | "shipped" | "delivered";
const PART_STATUSES: readonly PartStatus[] = ["processing", "shipped", "delivered"];

/** One seller's part of an order (`GET /store/orders/:id/parts`). */
export type OrderPart = {
  seller: ShopSeller | null;
  items: { id: string; title: string; variantTitle: string | null; quantity: number; thumbnail: string | null }[];
  /** the shipping method chosen for this workshop's part */
  shipping: { name: string; amount: number } | null;
  status: PartStatus;
  tracking: { number: string; carrier: string | null; url: string | null }[];
};

/** Reads `{ parts: [...] }`; unknown statuses read as "processing", tracking URLs other than http(s) are dropped. */
export function toOrderParts(raw: unknown): OrderPart[] {
  const parts = isObj(raw) && Array.isArray(raw.parts) ? raw.parts : [];
  return parts.filter(isObj).map((p) => ({
    seller: toShopSeller(p.seller),
    items: (Array.isArray(p.items) ? p.items : []).filter(isObj).flatMap((i) => (str(i.id) ? [{
      id: str(i.id)!, title: str(i.title) ?? "", variantTitle: str(i.variant_title), quantity: num(i.quantity) ?? 0, thumbnail: str(i.thumbnail),
    }] : [])),
    shipping: isObj(p.shipping) && str(p.shipping.name) !== null ? { name: str(p.shipping.name)!, amount: num(p.shipping.amount) ?? 0 } : null,
    status: (PART_STATUSES as readonly string[]).includes(String(p.status)) ? (p.status as PartStatus) : "processing",
    tracking: (Array.isArray(p.tracking) ? p.tracking : []).filter(isObj).flatMap((tr) => {
      const number = str(tr.number);
      if (!number) return [];
      const url = str(tr.url);
      return [{ number, carrier: str(tr.carrier), url: url && /^https?:\/\//i.test(url) ? url : null }];
    }),
  }));
}

/** An order in the account's history list. */
export type OrderSummary = { id: string; displayId: string; createdAt: string | null; total: number; currency: string; itemCount: number; status: string | null };

export function toOrderSummaries(raw: unknown): OrderSummary[] {
  const orders = isObj(raw) && Array.isArray(raw.orders) ? raw.orders : [];
  return orders.filter(isObj).flatMap((o) => (str(o.id) ? [{
    id: str(o.id)!,
    displayId: String(o.custom_display_id ?? o.display_id ?? o.id),
    createdAt: str(o.created_at),
    total: num(o.total) ?? 0,
    currency: (str(o.currency_code) ?? "idr").toLowerCase(),
    itemCount: (Array.isArray(o.items) ? o.items : []).filter(isObj).reduce((n, i) => n + (num(i.quantity) ?? 0), 0),
    status: str(o.fulfillment_status) ?? str(o.status),
  }] : []));
}
