import type { Locale } from "@canting/domain";
import { resources, type Resources } from "@canting/i18n";
import { CLIENT_NAMESPACES } from "./namespaces";
import { pickResources, type KeySpec } from "./pick";

/**
 * What the client islands on every page translate: the header (search box, cart link and drawer,
 * region and language switchers), the error boundary and the product page's add to cart. The
 * locale layout serialises only these strings into each page (issue #17: at most 5 KB); all other
 * copy is rendered on the server. island-keys.test.ts scans the islands' `t()` calls against this list.
 */
export const SHOP_ISLAND_KEYS = [
  // app/[locale]/error.tsx
  "errors.genericTitle", "errors.genericBody", "errors.retry",
  // features/catalog/search-box.tsx
  "catalog.searchLabel", "catalog.searchPlaceholder", "catalog.searchSubmit", "catalog.suggestProducts", "catalog.suggestTerms",
  // features/layout/language-switcher.tsx (`language.short.${l}`, `language.name.${l}`)
  "language.label", "language.short", "language.name",
  // features/layout/region-switcher.tsx (`region.name.${code}`)
  "region.label", "region.name",
  // features/cart/cart-drawer.tsx
  "shop:cart.link", "shop:cart.linkLabel", "shop:cart.title", "shop:cart.close", "shop:cart.loading", "shop:cart.empty",
  "shop:cart.fromSeller", "shop:cart.unknownSeller", "shop:cart.subtotal", "shop:cart.checkout", "shop:errors.backend",
  // features/cart/add-to-cart.tsx
  "shop:addToCart.soldOut", "shop:addToCart.variant", "shop:addToCart.defaultVariant", "shop:cart.quantity",
  "shop:addToCart.inStock", "shop:addToCart.add", "shop:addToCart.added", "shop:addToCart.viewCart", "shop:addToCart.minimum",
] as const satisfies KeySpec;

/**
 * The failures add to cart shows through ShopAlert: its key comes from the server action
 * (lib/actions/cart.ts → lib/shop/errors.ts), so no `t("…")` names it. These are every key that
 * path answers for adding a line; a 409 `seller_unavailable` is the one backend code it passes on,
 * and a 400 `below_moq` becomes `shop:errors.belowMinimum` with the minimum.
 */
export const SHOP_ALERT_KEYS = [
  "shop:errors.chooseVariant", "shop:errors.invalidData", "shop:errors.notEnoughStock", "shop:errors.soldOut",
  "shop:errors.soldOutNamed", "shop:errors.sessionExpired", "shop:errors.cartGone", "shop:errors.conflict",
  "shop:errors.backend", "errors:seller_unavailable", "shop:errors.belowMinimum",
] as const satisfies KeySpec;

/**
 * The shopper's forms (cart lines, checkout, account): their own copy in `shop`, any `ErrorKey`
 * a server action answers (`errors:*`, `errors.*` of `common`, `shop:errors.*`) and form-kit's two words.
 */
const SHOPPER_FORM_KEYS = ["shop", "errors", "common:errors", "common:sellerPortal.optional", "common:sellerPortal.choose"] as const satisfies KeySpec;

/**
 * Route segments under /[locale] whose pages hold big client forms; each segment's layout adds
 * these strings to the shop islands' with a nested I18nProvider. The seller portal's forms read
 * copy from every client namespace (and keys the server hands them), so it keeps them whole.
 */
export const SEGMENT_KEYS = {
  seller: CLIENT_NAMESPACES,
  cart: SHOPPER_FORM_KEYS,
  checkout: SHOPPER_FORM_KEYS,
  account: SHOPPER_FORM_KEYS,
  "reset-password": SHOPPER_FORM_KEYS,
} as const satisfies Record<string, KeySpec>;

export type Segment = keyof typeof SEGMENT_KEYS;

// The resources are static module data: pick each subset once per process and locale.
const picked = new Map<string, Partial<Resources>>();
function cached(name: string, locale: Locale, keys: KeySpec): Partial<Resources> {
  const id = `${name}:${locale}`;
  let value = picked.get(id);
  if (!value) picked.set(id, (value = pickResources(resources[locale], keys)));
  return value;
}

/** The strings every page's client islands need, picked from the locale's full resources. */
export const islandResources = (locale: Locale) => cached("shop", locale, [...SHOP_ISLAND_KEYS, ...SHOP_ALERT_KEYS]);

/** The strings a form segment's islands add to the shop islands' (see SEGMENT_KEYS). */
export const segmentResources = (locale: Locale, segment: Segment) => cached(segment, locale, SEGMENT_KEYS[segment]);
