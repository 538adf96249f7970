import type { Money } from "@/lib/types";
import { isObj, str } from "@/lib/read";

/**
 * The cart as the shop shows it: Medusa's store cart reshaped in one place, its lines grouped by
 * the seller who made them (a cart may hold pieces from several workshops).
 */
const num = (v: unknown): number | null => {
  const n = typeof v === "string" && v.trim() !== "" ? Number(v) : v;
  return typeof n === "number" && Number.isFinite(n) ? n : null;
};

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
  /** Units that can still be bought (stock); null when the variant does not track stock. */
  maxQuantity: number | null;
  /**
   * The store no longer offers the piece (its workshop is not selling, e.g. suspended, or the listing
   * was withdrawn): the backend refuses to check it out, so the shopper is told to remove it.
   */
  unavailable: boolean;
};

export type SellerGroup = { seller: ShopSeller | null; lines: CartLine[]; subtotal: number };

export type ShopAddress = {
  firstName: string | null;
  phone: string | null;
  address1: string | null;
  address2: string | null;
  city: string | null;
  province: string | null;
  postalCode: string | null;
  countryCode: string | null;
  kelurahan: string | null;
  kecamatan: string | null;
};

export type ShopCart = {
  id: string;
  currency: string;
  regionId: string | null;
  /** Countries the cart's region ships to (lower-case ISO 3166-1 alpha-2). */
  countries: string[];
  email: string | null;
  customerId: string | null;
  groups: SellerGroup[];
  itemCount: number;
  itemSubtotal: number;
  shippingTotal: number;
  taxTotal: number;
  total: number;
  shippingAddress: ShopAddress | null;
  shippingOptionId: string | null;
  paymentCollectionId: string | null;
};

/** What the cart needs to know about each product: its seller, and per variant the units in stock. */
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

export function toShopAddress(raw: unknown): ShopAddress | null {
  if (!isObj(raw)) return null;
  const meta = isObj(raw.metadata) ? raw.metadata : {};
  const a: ShopAddress = {
    firstName: str(raw.first_name),
    phone: str(raw.phone),
    address1: str(raw.address_1),
    address2: str(raw.address_2),
    city: str(raw.city),
    province: str(raw.province),
    postalCode: str(raw.postal_code),
    countryCode: str(raw.country_code)?.toLowerCase() ?? null,
    kelurahan: str(meta.kelurahan),
    kecamatan: str(meta.kecamatan),
  };
  return a.address1 || a.city || a.postalCode ? a : null;
}

function toLine(raw: unknown, info: Record<string, ProductInfo>): CartLine | null {
  if (!isObj(raw)) return null;
  const id = str(raw.id);
  if (!id) return null;
  const productId = str(raw.product_id);
  const variantId = str(raw.variant_id);
  const quantity = num(raw.quantity) ?? 0;
  const unitPrice = num(raw.unit_price) ?? 0;
  const stock = productId && variantId ? info[productId]?.stock[variantId] : undefined;
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
    unavailable: Boolean(productId) && !info[productId!],
  };
}

/**
 * Groups lines by seller, in the order each seller first appears in the cart; lines whose product
 * has no known seller (e.g. hidden meanwhile) form a last group with `seller: null`.
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

/** A store cart (`GET /store/carts/:id`) and its products' info, as the shop shows it. */
export function toShopCart(raw: unknown, info: Record<string, ProductInfo>): ShopCart | null {
  if (!isObj(raw)) return null;
  const id = str(raw.id);
  if (!id) return null;
  const lines = (Array.isArray(raw.items) ? raw.items : [])
    .map((i) => toLine(i, info))
    .filter((l): l is CartLine => l !== null)
    .sort((a, b) => a.title.localeCompare(b.title));
  const region = isObj(raw.region) ? raw.region : {};
  const countries = (Array.isArray(region.countries) ? region.countries : [])
    .map((c) => (isObj(c) ? str(c.iso_2) : null)?.toLowerCase())
    .filter((c): c is string => !!c);
  const methods = Array.isArray(raw.shipping_methods) ? raw.shipping_methods.filter(isObj) : [];
  const customer = isObj(raw.customer) ? raw.customer : null;
  const payment = isObj(raw.payment_collection) ? raw.payment_collection : null;
  return {
    id,
    currency: (str(raw.currency_code) ?? "idr").toLowerCase(),
    regionId: str(raw.region_id),
    countries,
    email: str(raw.email),
    customerId: customer ? str(customer.id) : null,
    groups: groupBySeller(lines, info),
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    itemSubtotal: num(raw.item_subtotal) ?? num(raw.item_total) ?? lines.reduce((n, l) => n + l.total, 0),
    shippingTotal: num(raw.shipping_total) ?? 0,
    taxTotal: num(raw.tax_total) ?? 0,
    total: num(raw.total) ?? 0,
    shippingAddress: toShopAddress(raw.shipping_address),
    shippingOptionId: methods.length ? str(methods[methods.length - 1].shipping_option_id) : null,
    paymentCollectionId: payment ? str(payment.id) : null,
  };
}

export const money = (amount: number, currency: string): Money => ({ amount, currency });
