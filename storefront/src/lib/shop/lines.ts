import { isObj, num, str, type Raw } from "@/lib/read";
import { toShopAddress, type ShopAddress } from "@/lib/shop/address";

/**
 * What a cart and an order share: their lines (Medusa's line items) grouped by the workshop that
 * made them, and the totals. One adapter for both, so the cart, checkout and order pages agree.
 */

export type ShopSeller = { id: string; handle: string; name: string };

export type CartLine = {
  id: string;
  variantId: string | null;
  productId: string | null;
  productHandle: string | null;
  title: string;
  variantTitle: string | null;
  thumbnail: string | null;
  quantity: number;
  unitPrice: number;
  total: number;
  /** Units that can still be bought (stock); null when the variant does not track stock, or on an order. */
  maxQuantity: number | null;
  /**
   * The store no longer offers the piece (its workshop is not selling, e.g. suspended, or the listing
   * was withdrawn): the backend refuses to check it out, so the shopper is told to remove it.
   */
  unavailable: boolean;
};

export type SellerGroup = { seller: ShopSeller | null; lines: CartLine[]; subtotal: number };

/** The totals of a cart or an order, in its currency, and where it ships. */
export type ShopTotals = {
  currency: string;
  groups: SellerGroup[];
  itemCount: number;
  itemSubtotal: number;
  shippingTotal: number;
  taxTotal: number;
  total: number;
  shippingAddress: ShopAddress | null;
};

/** What a cart needs to know about each product: its seller, and per variant the units in stock. */
export type ProductInfo = { seller: ShopSeller | null; stock: Record<string, number | null> };

export const toShopSeller = (raw: unknown): ShopSeller | null => {
  if (!isObj(raw)) return null;
  const id = str(raw.id), handle = str(raw.handle), name = str(raw.name);
  return id && handle && name ? { id, handle, name } : null;
};

/** Reads `/store/products?fields=id,*seller,+variants.inventory_quantity,variants.manage_inventory` into ProductInfo per product id. */
export function toProductInfo(products: unknown): Record<string, ProductInfo> {
  const out: Record<string, ProductInfo> = {};
  for (const p of Array.isArray(products) ? products : []) {
    const id = isObj(p) ? str(p.id) : null;
    if (!id || !isObj(p)) continue;
    const stock: Record<string, number | null> = {};
    for (const v of Array.isArray(p.variants) ? p.variants : []) {
      const vid = isObj(v) ? str(v.id) : null;
      if (!vid || !isObj(v)) continue;
      stock[vid] = v.manage_inventory === false ? null : Math.max(0, num(v.inventory_quantity) ?? 0);
    }
    out[id] = { seller: toShopSeller(p.seller), stock };
  }
  return out;
}

/**
 * A line item of a cart, or of an order (`info` null): a placed order's lines were bought, so
 * stock and availability are cart questions only.
 */
export function toLine(raw: unknown, info: Record<string, ProductInfo> | null): CartLine | null {
  if (!isObj(raw)) return null;
  const id = str(raw.id);
  if (!id) return null;
  const productId = str(raw.product_id);
  const variantId = str(raw.variant_id);
  const quantity = num(raw.quantity) ?? 0;
  const unitPrice = num(raw.unit_price) ?? 0;
  const stock = info && productId && variantId ? info[productId]?.stock[variantId] : undefined;
  return {
    id,
    variantId,
    productId,
    productHandle: str(raw.product_handle),
    title: str(raw.product_title) ?? str(raw.title) ?? "",
    variantTitle: str(raw.variant_title),
    thumbnail: str(raw.thumbnail),
    quantity,
    unitPrice,
    total: num(raw.total) ?? num(raw.subtotal) ?? unitPrice * quantity,
    // Stock already counts what this cart holds only once it is reserved (at checkout), so the
    // line may go up to the units in stock.
    maxQuantity: stock === undefined ? null : stock,
    // Only published products of approved workshops come back from the store's product list.
    unavailable: info !== null && Boolean(productId) && !info[productId!],
  };
}

/**
 * Groups lines by seller, in the order each seller first appears; lines whose product has no
 * known seller (e.g. hidden meanwhile) form a last group with `seller: null`.
 */
export function groupBySeller(lines: CartLine[], info: Record<string, ProductInfo>): SellerGroup[] {
  const groups = new Map<string, SellerGroup>();
  for (const line of lines) {
    const seller = (line.productId && info[line.productId]?.seller) || null;
    const key = seller?.id ?? "";
    const group = groups.get(key) ?? { seller, lines: [], subtotal: 0 };
    group.lines.push(line);
    group.subtotal += line.total;
    groups.set(key, group);
  }
  const all = [...groups.values()];
  return [...all.filter((g) => g.seller), ...all.filter((g) => !g.seller)];
}

/** The totals of a store cart or order (`raw`) over its lines, which are grouped by their products' sellers. */
export function toTotals(raw: Raw, lines: CartLine[], info: Record<string, ProductInfo>): ShopTotals {
  return {
    currency: (str(raw.currency_code) ?? "idr").toLowerCase(),
    groups: groupBySeller(lines, info),
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    itemSubtotal: num(raw.item_subtotal) ?? num(raw.item_total) ?? lines.reduce((n, l) => n + l.total, 0),
    shippingTotal: num(raw.shipping_total) ?? 0,
    taxTotal: num(raw.tax_total) ?? 0,
    total: num(raw.total) ?? 0,
    shippingAddress: toShopAddress(raw.shipping_address),
  };
}
