"use server";

import { revalidatePath } from "next/cache";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@canting/domain";
import { ApiError, call, type ApiFailure } from "@/lib/http/medusa";
import { clearCart, fetchRawCart, readCartId, writeCart } from "@/lib/data/cart";
import { getRegion } from "@/lib/data/regions";
import { toShopFailure } from "@/lib/shop/errors";
import type { Result } from "@/lib/result";

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

const failure = (f: ApiFailure) => toShopFailure(f.status, f.body);
const thrownFailure = (e: unknown) => (e instanceof ApiError ? toShopFailure(e.status, e.body) : toShopFailure(undefined, undefined));

/** The open cart's id for the locale's region, creating a cart (bound to the customer when signed in) if needed. */
async function ensureCart(locale: Locale): Promise<Result<string, ApiFailure>> {
  const existing = await readCartId(locale);
  if (existing && (await fetchRawCart(locale, existing))) return { ok: true, data: existing };
  const region = await getRegion(locale);
  const created = await call<{ cart: RawCart }>("/store/carts", { locale, method: "POST", body: { region_id: region.id }, token: "shopper" });
  if (!created.ok) return created;
  await writeCart(locale, String(created.data.cart.id), 0);
  return { ok: true, data: String(created.data.cart.id) };
}

/** Puts a variant in the cart (`POST /store/carts/:id/line-items`); the backend refuses more than the stock. */
export async function addToCart(_prev: Result<{ count: number }> | null, fd: FormData): Promise<Result<{ count: number }>> {
  const locale = localeOf(fd);
  const variantId = String(fd.get("variant_id") ?? "");
  const quantity = quantityOf(fd);
  if (!variantId) return { ok: false, errorKey: "shop:errors.chooseVariant", fieldErrors: { variant_id: "errors:required" } };
  if (quantity === null || quantity < 1) return { ok: false, errorKey: "shop:errors.invalidData", fieldErrors: { quantity: "errors:out_of_range" } };
  let cart: RawCart;
  try {
    const id = await ensureCart(locale);
    if (!id.ok) return failure(id);
    const added = await call<{ cart: RawCart }>(`/store/carts/${encodeURIComponent(id.data)}/line-items`, {
      locale, method: "POST", body: { variant_id: variantId, quantity }, token: "shopper",
    });
    if (!added.ok) return failure(added);
    cart = added.data.cart;
    await writeCart(locale, id.data, countOf(cart));
  } catch (e) {
    return thrownFailure(e); // the open cart or the region could not be read
  }
  revalidatePath(`/${locale}`, "layout");
  return { ok: true, data: { count: countOf(cart) } };
}

/** Changes a line's quantity (`POST …/line-items/:line`), or removes it at 0 (`DELETE …/line-items/:line`). */
export async function updateCartLine(_prev: Result<{ count: number }> | null, fd: FormData): Promise<Result<{ count: number }>> {
  const locale = localeOf(fd);
  const lineId = String(fd.get("line_id") ?? "");
  const quantity = fd.get("intent") === "remove" ? 0 : quantityOf(fd);
  const cartId = await readCartId(locale);
  if (!cartId || !lineId) return { ok: false, errorKey: "shop:errors.cartGone" };
  if (quantity === null || quantity < 0) return { ok: false, errorKey: "shop:errors.invalidData", fieldErrors: { quantity: "errors:out_of_range" } };
  const path = `/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`;
  const reply = quantity === 0
    ? await call<{ parent?: RawCart }>(path, { locale, method: "DELETE", token: "shopper" })
    : await call<{ cart?: RawCart }>(path, { locale, method: "POST", body: { quantity }, token: "shopper" });
  if (!reply.ok) {
    if (reply.status === 404) await clearCart(locale);
    return failure(reply);
  }
  const cart = "parent" in reply.data ? reply.data.parent : (reply.data as { cart?: RawCart }).cart;
  await writeCart(locale, cartId, countOf(cart));
  revalidatePath(`/${locale}`, "layout");
  return { ok: true, data: { count: countOf(cart) } };
}
