"use server";

import { revalidatePath } from "next/cache";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@canting/domain";
import { StoreApiError, storeCall } from "@/lib/data/cart-api";
import { clearCart, fetchRawCart, readCartId, writeCart } from "@/lib/data/cart";
import { getRegion } from "@/lib/data/regions";
import { readCustomerToken } from "@/lib/data/customer-session";
import { toShopFailure, type ShopResult } from "@/lib/shop/result";

const localeOf = (fd: FormData): Locale => {
  const l = fd.get("locale");
  return isLocale(l) ? l : DEFAULT_LOCALE;
};

/** A whole number of pieces from the form, or null. */
const quantityOf = (fd: FormData): number | null => {
  const n = Number(String(fd.get("quantity") ?? "").trim());
  return Number.isInteger(n) ? n : null;
};

type RawCart = { id?: string; items?: { quantity?: number }[] };
const countOf = (cart: RawCart | null | undefined) => (cart?.items ?? []).reduce((n, i) => n + (Number(i.quantity) || 0), 0);

const failure = (e: unknown) => (e instanceof StoreApiError ? toShopFailure(e.status, e.body) : toShopFailure(undefined, undefined));

/** The open cart's id for the locale's region, creating a cart (bound to the customer when signed in) if needed. */
async function ensureCart(locale: Locale): Promise<string> {
  const existing = await readCartId(locale);
  if (existing && (await fetchRawCart(locale, existing))) return existing;
  const region = await getRegion(locale);
  const { cart } = await storeCall<{ cart: RawCart }>("/store/carts", {
    locale, method: "POST", body: { region_id: region.id }, token: await readCustomerToken(),
  });
  await writeCart(locale, String(cart.id), 0);
  return String(cart.id);
}

/** Puts a variant in the cart (`POST /store/carts/:id/line-items`); the backend refuses more than the stock. */
export async function addToCart(_prev: ShopResult<{ count: number }> | null, fd: FormData): Promise<ShopResult<{ count: number }>> {
  const locale = localeOf(fd);
  const variantId = String(fd.get("variant_id") ?? "");
  const quantity = quantityOf(fd);
  if (!variantId) return { ok: false, errorKey: "shop:errors.chooseVariant", fieldErrors: { variant_id: "errors:required" } };
  if (quantity === null || quantity < 1) return { ok: false, errorKey: "shop:errors.invalidData", fieldErrors: { quantity: "errors:out_of_range" } };
  try {
    const id = await ensureCart(locale);
    const { cart } = await storeCall<{ cart: RawCart }>(`/store/carts/${encodeURIComponent(id)}/line-items`, {
      locale, method: "POST", body: { variant_id: variantId, quantity },
    });
    await writeCart(locale, id, countOf(cart));
    revalidatePath(`/${locale}`, "layout");
    return { ok: true, data: { count: countOf(cart) } };
  } catch (e) {
    return failure(e);
  }
}

/** Changes a line's quantity (`POST …/line-items/:line`), or removes it at 0 (`DELETE …/line-items/:line`). */
export async function updateCartLine(_prev: ShopResult<{ count: number }> | null, fd: FormData): Promise<ShopResult<{ count: number }>> {
  const locale = localeOf(fd);
  const lineId = String(fd.get("line_id") ?? "");
  const quantity = fd.get("intent") === "remove" ? 0 : quantityOf(fd);
  const cartId = await readCartId(locale);
  if (!cartId || !lineId) return { ok: false, errorKey: "shop:errors.cartGone" };
  if (quantity === null || quantity < 0) return { ok: false, errorKey: "shop:errors.invalidData", fieldErrors: { quantity: "errors:out_of_range" } };
  const path = `/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`;
  try {
    const reply = quantity === 0
      ? await storeCall<{ parent?: RawCart }>(path, { locale, method: "DELETE" })
      : await storeCall<{ cart?: RawCart }>(path, { locale, method: "POST", body: { quantity } });
    const cart = "parent" in reply ? reply.parent : (reply as { cart?: RawCart }).cart;
    await writeCart(locale, cartId, countOf(cart));
    revalidatePath(`/${locale}`, "layout");
    return { ok: true, data: { count: countOf(cart) } };
  } catch (e) {
    if (e instanceof StoreApiError && e.status === 404) await clearCart(locale);
    return failure(e);
  }
}
