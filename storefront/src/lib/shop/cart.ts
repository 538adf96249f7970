import { isObj, str } from "@/lib/read";
import { toLine, toTotals, type CartLine, type ProductInfo, type ShopTotals } from "@/lib/shop/lines";

/**
 * The cart as the shop shows it: Medusa's store cart reshaped in one place, its lines grouped by
 * the seller who made them (a cart may hold pieces from several workshops), and what the checkout
 * and the product page read about it (shipping per workshop, payment providers, buyable variants).
 */

export type ShopCart = ShopTotals & {
  id: string;
  regionId: string | null;
  /** Countries the cart's region ships to (lower-case ISO 3166-1 alpha-2). */
  countries: string[];
  email: string | null;
  customerId: string | null;
  shippingOptionId: string | null;
  paymentCollectionId: string | null;
};

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
    regionId: str(raw.region_id),
    countries,
    email: str(raw.email),
    customerId: customer ? str(customer.id) : null,
    ...toTotals(raw, lines, info),
    shippingOptionId: methods.length ? str(methods[methods.length - 1].shipping_option_id) : null,
    paymentCollectionId: payment ? str(payment.id) : null,
  };
}

export type ShippingOption = { id: string; name: string; amount: number | null };

export type SellerShipping = {
  /** the form field's key: the workshop's shipping profile */
  profileId: string;
  seller: { id: string; handle: string; name: string } | null;
  options: ShippingOption[];
  chosen: { optionId: string; name: string; amount: number } | null;
};

const finite = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** Reads `GET /store/carts/:id/seller-shipping`: per workshop, its shipping options and the one chosen. */
export function toSellerShipping(raw: unknown): SellerShipping[] {
  const sellers = isObj(raw) && Array.isArray(raw.sellers) ? raw.sellers.filter(isObj) : [];
  return sellers.flatMap((g) => {
    if (typeof g.shipping_profile_id !== "string") return [];
    const s = isObj(g.seller) ? g.seller : null;
    const seller = s && typeof s.id === "string" ? { id: s.id, handle: String(s.handle ?? ""), name: String(s.name ?? "") } : null;
    const options = (Array.isArray(g.options) ? g.options : []).filter(isObj).flatMap((o) =>
      typeof o.id === "string" ? [{ id: o.id, name: typeof o.name === "string" ? o.name : o.id, amount: finite(o.amount) }] : []);
    const c = isObj(g.chosen) ? g.chosen : null;
    const chosen = c && typeof c.option_id === "string" ? { optionId: c.option_id, name: String(c.name ?? ""), amount: finite(c.amount) ?? 0 } : null;
    return [{ profileId: g.shipping_profile_id, seller, options, chosen }];
  });
}

/** Reads `GET /store/payment-providers` into the providers' ids. */
export function toPaymentProviders(raw: unknown): string[] {
  const providers = isObj(raw) && Array.isArray(raw.payment_providers) ? raw.payment_providers : [];
  return providers.map((p) => (isObj(p) ? p.id : null)).filter((id): id is string => typeof id === "string");
}

export type BuyableVariant = { id: string; title: string; stock: number | null; price: number | null; currency: string | null };

/** Reads a product's variants (`/store/products` with inventory and calculated prices) for the add-to-cart form. */
export function toBuyableVariants(product: unknown): BuyableVariant[] {
  const variants = isObj(product) && Array.isArray(product.variants) ? product.variants.filter(isObj) : [];
  return variants.flatMap((v) => {
    if (typeof v.id !== "string") return [];
    const cp = isObj(v.calculated_price) ? v.calculated_price : {};
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

