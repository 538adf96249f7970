import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import type { Locale, RegionCode } from "@canting/domain";
import { getSiteUrl } from "@/env";
import { serverCookieOptions } from "@/lib/http/cookie-options";
import { toProductInfo, toShopCart, type ProductInfo, type ShopCart } from "@/lib/shop/cart";
import { isStatus, storeCall } from "./cart-api";
import { getRegion, getRegionCode } from "./regions";

/**
 * The shopper's cart id lives in an httpOnly cookie, one per region (a cart has one currency), so
 * switching region (Indonesia/IDR, International/USD) switches carts and back.
 */
export const cartCookie = (region: RegionCode) => `canting_cart_${region}`;
/** How many pieces the cart holds, for the header's cart link without a backend call per page. */
export const cartCountCookie = (region: RegionCode) => `canting_cart_count_${region}`;

const MAX_AGE_SECONDS = 60 * 60 * 24 * 30;
const cookieOptions = () => serverCookieOptions(getSiteUrl(), MAX_AGE_SECONDS);

export async function readCartId(locale: Locale): Promise<string | null> {
  return (await cookies()).get(cartCookie(await getRegionCode(locale)))?.value || null;
}

export async function readCartCount(locale: Locale): Promise<number> {
  const n = Number((await cookies()).get(cartCountCookie(await getRegionCode(locale)))?.value ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** Server actions only: remembers the cart and how many pieces it holds. */
export async function writeCart(locale: Locale, id: string, count: number): Promise<void> {
  const [jar, region] = await Promise.all([cookies(), getRegionCode(locale)]);
  jar.set(cartCookie(region), id, cookieOptions());
  jar.set(cartCountCookie(region), String(Math.max(0, count)), cookieOptions());
}

/** Server actions only: forgets the cart (after the order is placed, or when the backend lost it). */
export async function clearCart(locale: Locale): Promise<void> {
  const [jar, region] = await Promise.all([cookies(), getRegionCode(locale)]);
  jar.delete({ name: cartCookie(region), path: "/" });
  jar.delete({ name: cartCountCookie(region), path: "/" });
}

const CART_FIELDS = "+items.total,+items.subtotal,+shipping_methods.name";
const PRODUCT_INFO_FIELDS = "id,*seller,variants.id,variants.manage_inventory,+variants.inventory_quantity";

/** Seller and stock per product (only published products of approved sellers come back). */
export async function retrieveProductInfo(locale: Locale, productIds: string[]): Promise<Record<string, ProductInfo>> {
  const ids = [...new Set(productIds)];
  if (ids.length === 0) return {};
  const region = await getRegion(locale);
  const { products } = await storeCall<{ products: unknown[] }>("/store/products", {
    locale, query: { id: ids, fields: PRODUCT_INFO_FIELDS, region_id: region.id, limit: ids.length },
  });
  return toProductInfo(products);
}

/** The raw store cart by id, or null when it is gone or already became an order. */
export async function fetchRawCart(locale: Locale, id: string): Promise<Record<string, unknown> | null> {
  try {
    const { cart } = await storeCall<{ cart: Record<string, unknown> }>(`/store/carts/${encodeURIComponent(id)}`, {
      locale, query: { fields: CART_FIELDS },
    });
    return cart.completed_at ? null : cart;
  } catch (e) {
    if (isStatus(e, 404)) return null;
    throw e;
  }
}

/** The shopper's open cart for the locale's region, grouped by seller, or null when there is none. Deduped per request. */
export const retrieveCart = cache(async (locale: Locale): Promise<ShopCart | null> => {
  const id = await readCartId(locale);
  if (!id) return null;
  const raw = await fetchRawCart(locale, id);
  if (!raw) return null;
  const items = Array.isArray(raw.items) ? (raw.items as { product_id?: unknown }[]) : [];
  const info = await retrieveProductInfo(locale, items.map((i) => i.product_id).filter((p): p is string => typeof p === "string"));
  return toShopCart(raw, info);
});

export type ShippingOption = { id: string; name: string; amount: number | null };

export type SellerShipping = {
  /** the form field's key: the workshop's shipping profile */
  profileId: string;
  seller: { id: string; handle: string; name: string } | null;
  options: ShippingOption[];
  chosen: { optionId: string; name: string; amount: number } | null;
};

const numOrNull = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);

/**
 * The shipping step per workshop (`GET /store/carts/:id/seller-shipping`): each seller's options
 * for the cart's country (Indonesia → domestic courier, elsewhere → international courier/EMS)
 * and the one chosen; the cart needs one per seller.
 */
export async function listSellerShipping(locale: Locale, cartId: string): Promise<SellerShipping[]> {
  const { sellers } = await storeCall<{ sellers?: Record<string, unknown>[] }>(`/store/carts/${encodeURIComponent(cartId)}/seller-shipping`, { locale });
  return (sellers ?? []).flatMap((g) => {
    if (typeof g.shipping_profile_id !== "string") return [];
    const s = (g.seller ?? null) as { id?: unknown; handle?: unknown; name?: unknown } | null;
    const seller = s && typeof s.id === "string" ? { id: s.id, handle: String(s.handle ?? ""), name: String(s.name ?? "") } : null;
    const options = (Array.isArray(g.options) ? g.options : []).flatMap((o: { id?: unknown; name?: unknown; amount?: unknown }) =>
      typeof o.id === "string" ? [{ id: o.id, name: typeof o.name === "string" ? o.name : o.id, amount: numOrNull(o.amount) }] : []);
    const c = (g.chosen ?? null) as { option_id?: unknown; name?: unknown; amount?: unknown } | null;
    const chosen = c && typeof c.option_id === "string" ? { optionId: c.option_id, name: String(c.name ?? ""), amount: numOrNull(c.amount) ?? 0 } : null;
    return [{ profileId: g.shipping_profile_id, seller, options, chosen }];
  });
}

/** Payment providers the cart's region offers (`pp_system_default`, and `pp_stripe_stripe` when configured). */
export async function listPaymentProviders(locale: Locale, regionId: string): Promise<string[]> {
  const { payment_providers } = await storeCall<{ payment_providers: { id?: unknown }[] }>("/store/payment-providers", {
    locale, query: { region_id: regionId },
  });
  return (payment_providers ?? []).map((p) => p.id).filter((id): id is string => typeof id === "string");
}

export type BuyableVariant = { id: string; title: string; stock: number | null; price: number | null; currency: string | null };

/** A product's variants with stock and price in the locale's region, for the product page's add-to-cart form. */
export async function listBuyableVariants(locale: Locale, productId: string): Promise<BuyableVariant[]> {
  const region = await getRegion(locale);
  const { products } = await storeCall<{ products: { variants?: Record<string, unknown>[] }[] }>("/store/products", {
    locale,
    query: { id: productId, region_id: region.id, fields: "id,variants.id,variants.title,variants.manage_inventory,+variants.inventory_quantity,*variants.calculated_price", limit: 1 },
  });
  return (products[0]?.variants ?? []).flatMap((v) => {
    if (typeof v.id !== "string") return [];
    const cp = (v.calculated_price ?? {}) as { calculated_amount?: unknown; currency_code?: unknown };
    const qty = Number(v.inventory_quantity);
    return [{
      id: v.id,
      title: typeof v.title === "string" ? v.title : "",
      stock: v.manage_inventory === false ? null : Number.isFinite(qty) ? Math.max(0, qty) : 0,
      price: typeof cp.calculated_amount === "number" ? cp.calculated_amount : null,
      currency: typeof cp.currency_code === "string" ? cp.currency_code.toLowerCase() : null,
    }];
  });
}
