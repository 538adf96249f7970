import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import type { Locale, RegionCode } from "@canting/domain";
import { getSiteUrl } from "@/env";
import { serverCookieOptions } from "@/lib/http/cookie-options";
import { call, orThrow } from "@/lib/http/medusa";
import { toBuyableVariants, toPaymentProviders, toSellerShipping, toShopCart, type BuyableVariant, type SellerShipping, type ShopCart } from "@/lib/shop/cart";
import { toProductInfo, type ProductInfo } from "@/lib/shop/lines";
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
  const { products } = orThrow(await call<{ products: unknown[] }>("/store/products", {
    locale, token: "shopper", query: { id: ids, fields: PRODUCT_INFO_FIELDS, region_id: region.id, limit: ids.length },
  }));
  return toProductInfo(products);
}

/** The raw store cart by id, or null when it is gone or already became an order. */
export async function fetchRawCart(locale: Locale, id: string): Promise<Record<string, unknown> | null> {
  const result = await call<{ cart: Record<string, unknown> }>(`/store/carts/${encodeURIComponent(id)}`, {
    locale, token: "shopper", query: { fields: CART_FIELDS },
  });
  if (!result.ok && result.status === 404) return null;
  const { cart } = orThrow(result);
  return cart.completed_at ? null : cart;
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

/**
 * The shipping step per workshop (`GET /store/carts/:id/seller-shipping`): each seller's options
 * for the cart's country (Indonesia → domestic courier, elsewhere → international courier/EMS)
 * and the one chosen; the cart needs one per seller.
 */
export async function listSellerShipping(locale: Locale, cartId: string): Promise<SellerShipping[]> {
  return toSellerShipping(orThrow(await call(`/store/carts/${encodeURIComponent(cartId)}/seller-shipping`, { locale, token: "shopper" })));
}

/** Payment providers the cart's region offers (`pp_system_default`, and `pp_stripe_stripe` when configured). */
export async function listPaymentProviders(locale: Locale, regionId: string): Promise<string[]> {
  return toPaymentProviders(orThrow(await call("/store/payment-providers", { locale, token: "shopper", query: { region_id: regionId } })));
}

/** A product's variants with stock and price in the locale's region, for the product page's add-to-cart form. */
export async function listBuyableVariants(locale: Locale, productId: string): Promise<BuyableVariant[]> {
  const region = await getRegion(locale);
  const { products } = orThrow(await call<{ products: unknown[] }>("/store/products", {
    locale,
    token: "shopper",
    query: { id: productId, region_id: region.id, fields: "id,variants.id,variants.title,variants.manage_inventory,+variants.inventory_quantity,*variants.calculated_price", limit: 1 },
  }));
  return toBuyableVariants(products[0]);
}
