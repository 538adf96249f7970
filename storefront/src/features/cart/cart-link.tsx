import type { Locale } from "@canting/domain";
import { readCartCount } from "@/lib/data/cart";
import type { Translate } from "@/lib/i18n/create";
import { CartDrawer } from "./cart-drawer";

/**
 * The header's cart link with how many pieces the cart holds (from a cookie the cart actions keep
 * up to date, so no page pays a backend call for it); it opens the cart drawer.
 */
export async function CartLink({ locale }: { locale: Locale; t?: Translate }) {
  return <CartDrawer locale={locale} count={await readCartCount(locale)} />;
}
