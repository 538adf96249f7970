"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addressFormFor, DEFAULT_LOCALE, isLocale, type Locale } from "@canting/domain";
import { ApiError, call, orThrow, type ApiFailure } from "@/lib/http/medusa";
import { clearCart, fetchRawCart, readCartId } from "@/lib/data/cart";
import { rememberPlacedOrder } from "@/lib/data/order-access";
import { readCustomerToken } from "@/lib/data/customer-session";
import { toShopFailure } from "@/lib/shop/errors";
import type { Failure, Result } from "@/lib/result";
import { readAddressForm } from "@/lib/shop/address";

const localeOf = (fd: FormData): Locale => {
  const l = fd.get("locale");
  return isLocale(l) ? l : DEFAULT_LOCALE;
};

/** A refused call, or a thrown one (an ApiError from a read, anything else as "the shop cannot be reached"), as the form's failure. */
const failure = (e: ApiFailure | unknown, titles?: Record<string, string>): Failure => {
  if (e instanceof ApiError) return toShopFailure(e.status, e.body, titles);
  const f = e as Partial<ApiFailure> | null;
  return f?.ok === false ? toShopFailure(f.status, f.body, titles) : toShopFailure(undefined, undefined);
};

const cartPath = (id: string, rest = "") => `/store/carts/${encodeURIComponent(id)}${rest}`;

type RawCart = {
  id: string;
  region?: { countries?: { iso_2?: string }[] };
  items?: { id?: string; variant_id?: string; product_title?: string; title?: string }[];
  payment_collection?: { id?: string } | null;
  customer?: { id?: string } | null;
};

async function openCart(locale: Locale): Promise<RawCart | null> {
  const id = await readCartId(locale);
  return id ? ((await fetchRawCart(locale, id)) as RawCart | null) : null;
}

/** Step 1: email and shipping address (also the billing address), checked here and again by the backend. */
export async function saveCheckoutAddress(_prev: Result<null> | null, fd: FormData): Promise<Result<null>> {
  const locale = localeOf(fd);
  const cart = await openCart(locale).catch(() => undefined);
  if (cart === undefined) return { ok: false, errorKey: "shop:errors.backend" };
  if (!cart) return { ok: false, errorKey: "shop:errors.cartGone" };
  const countries = (cart.region?.countries ?? []).map((c) => String(c.iso_2 ?? "").toLowerCase()).filter(Boolean);
  // The cart's region decides the form: Indonesia's (province, kecamatan, kelurahan) or the international one.
  const form = countries.includes("id") ? "indonesia" : "international";
  const reading = readAddressForm(fd, form, { countries, withEmail: true });
  if (!reading.payload) return { ok: false, errorKey: "shop:errors.invalidData", fieldErrors: reading.fieldErrors, values: reading.values };
  if (addressFormFor(reading.payload.country_code) !== form) {
    return { ok: false, errorKey: "shop:errors.invalidData", fieldErrors: { country_code: "errors:unknown_code" }, values: reading.values };
  }
  const saved = await call(cartPath(cart.id), {
    locale, method: "POST", token: "shopper",
    body: { email: reading.email, shipping_address: reading.payload, billing_address: reading.payload },
  });
  if (!saved.ok) return { ...failure(saved), values: reading.values };
  revalidatePath(`/${locale}/checkout`);
  return { ok: true, data: null };
}

/**
 * Step 2: one shipping option per workshop (`POST /store/carts/:id/shipping-methods` for each;
 * Medusa keeps one method per shipping profile, so choosing again replaces that seller's choice).
 */
export async function saveShippingMethod(_prev: Result<null> | null, fd: FormData): Promise<Result<null>> {
  const locale = localeOf(fd);
  const groups = fd.getAll("shipping_groups").map(String).filter(Boolean);
  const choices = groups.map((g) => ({ field: `option_id.${g}`, optionId: String(fd.get(`option_id.${g}`) ?? "") }));
  const missing = choices.filter((c) => !c.optionId);
  if (!groups.length || missing.length) {
    const fieldErrors = Object.fromEntries(missing.map((c) => [c.field, "errors:required" as const]));
    return { ok: false, errorKey: "shop:errors.chooseShipping", fieldErrors };
  }
  const cartId = await readCartId(locale);
  if (!cartId) return { ok: false, errorKey: "shop:errors.cartGone" };
  for (const c of choices) {
    const chosen = await call(cartPath(cartId, "/shipping-methods"), { locale, method: "POST", body: { option_id: c.optionId }, token: "shopper" });
    if (!chosen.ok) return failure(chosen);
  }
  revalidatePath(`/${locale}/checkout`);
  return { ok: true, data: null };
}

/** The providers a shopper may pick here; Stripe is added when the region offers it and the key is set. */
const PAYMENT_PROVIDERS = ["pp_system_default", "pp_stripe_stripe"] as const;
type ProviderId = (typeof PAYMENT_PROVIDERS)[number];

const titlesOf = (cart: RawCart) => {
  const titles: Record<string, string> = {};
  for (const item of cart.items ?? []) {
    const title = item.product_title ?? item.title ?? "";
    if (item.id) titles[item.id] = title;
    if (item.variant_id) titles[item.variant_id] = title;
  }
  return titles;
};

type Session = { provider_id?: string; data?: { client_secret?: string } };

/**
 * Binds the cart to the signed-in shopper (so the order shows in their account), then opens the
 * payment collection and a session with the provider. Answers the session's Stripe client secret, if any.
 */
async function openPaymentSession(locale: Locale, cart: RawCart, providerId: ProviderId): Promise<string | null> {
  const token = await readCustomerToken();
  // Best effort: a cart left unbound still becomes an order, just not one listed in the account.
  if (token && !cart.customer?.id) await call(cartPath(cart.id, "/customer"), { locale, method: "POST", token });
  let collectionId = cart.payment_collection?.id;
  if (!collectionId) {
    const { payment_collection } = orThrow(await call<{ payment_collection: { id: string } }>("/store/payment-collections", {
      locale, method: "POST", body: { cart_id: cart.id }, token: "shopper",
    }));
    collectionId = payment_collection.id;
  }
  const { payment_collection } = orThrow(await call<{ payment_collection?: { payment_sessions?: Session[] } }>(
    `/store/payment-collections/${encodeURIComponent(collectionId)}/payment-sessions`, { locale, method: "POST", body: { provider_id: providerId }, token: "shopper" },
  ));
  const session = (payment_collection?.payment_sessions ?? []).find((s) => s.provider_id === providerId);
  return session?.data?.client_secret ?? null;
}

/**
 * Completes the cart into an order. A refusal (sold out meanwhile, payment not authorised) leaves
 * the cart as it was and says why; success forgets the cart and shows the confirmation.
 */
async function completeCart(locale: Locale, cart: RawCart, providerId: ProviderId): Promise<Failure> {
  const result = await call<{ type: "order"; order: { id: string } } | { type: "cart"; error?: { message?: string } }>(
    cartPath(cart.id, "/complete"), { locale, method: "POST", token: "shopper" },
  );
  if (!result.ok) return failure(result, titlesOf(cart));
  if (result.data.type !== "order") {
    return { ok: false, errorKey: providerId === "pp_stripe_stripe" ? "shop:errors.paymentDeclined" : "shop:errors.paymentFailed", detail: result.data.error?.message };
  }
  const orderId = result.data.order.id;
  await rememberPlacedOrder(orderId, cart.id);
  await clearCart(locale);
  revalidatePath(`/${locale}`, "layout");
  redirect(`/${locale}/order/confirmed/${encodeURIComponent(orderId)}?payment=${providerId}`);
}

/** Step 3 for bank transfer: pay (manual provider) and place the order in one go; works without JavaScript. */
export async function placeOrder(_prev: Result<null> | null, fd: FormData): Promise<Result<null>> {
  const locale = localeOf(fd);
  const providerId = String(fd.get("provider_id") ?? "");
  if (!(PAYMENT_PROVIDERS as readonly string[]).includes(providerId)) {
    return { ok: false, errorKey: "shop:errors.choosePayment", fieldErrors: { provider_id: "errors:required" } };
  }
  // A card is confirmed in the browser by Stripe.js first (CardPayment); a form post cannot do it.
  if (providerId === "pp_stripe_stripe") return { ok: false, errorKey: "shop:errors.cardNeedsScript" };
  let cart: RawCart | null = null;
  try {
    cart = await openCart(locale);
    if (!cart) return { ok: false, errorKey: "shop:errors.cartGone" };
    await openPaymentSession(locale, cart, "pp_system_default");
  } catch (e) {
    return failure(e, cart ? titlesOf(cart) : undefined);
  }
  return completeCart(locale, cart, "pp_system_default");
}

/** Card, step 1: opens a Stripe payment session for the cart and answers its client secret for the Payment Element. */
export async function startCardPayment(_prev: Result<{ clientSecret: string }> | null, fd: FormData): Promise<Result<{ clientSecret: string }>> {
  const locale = localeOf(fd);
  try {
    const cart = await openCart(locale);
    if (!cart) return { ok: false, errorKey: "shop:errors.cartGone" };
    const clientSecret = await openPaymentSession(locale, cart, "pp_stripe_stripe");
    return clientSecret ? { ok: true, data: { clientSecret } } : { ok: false, errorKey: "shop:errors.paymentFailed" };
  } catch (e) {
    return failure(e);
  }
}

/** Card, step 2: after Stripe.js confirmed the payment in the browser, places the order (the backend checks the authorisation). */
export async function completeCardOrder(_prev: Result<null> | null, fd: FormData): Promise<Result<null>> {
  const locale = localeOf(fd);
  let cart: RawCart | null;
  try {
    cart = await openCart(locale);
  } catch (e) {
    return failure(e);
  }
  if (!cart) return { ok: false, errorKey: "shop:errors.cartGone" };
  return completeCart(locale, cart, "pp_stripe_stripe");
}
