import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { updateCartLine } from "@/lib/actions/cart";
import { retrieveCart } from "@/lib/data/cart";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { BackendError } from "@/components/backend-error";
import { CartLineControls } from "@/features/cart/cart-line-controls";
import { SellerGroups, Totals } from "@/components/shop/cart-lines";
import "@/features/seller-portal/seller-portal.css";
import "@/features/cart/shop.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("shop:cart.title"), alternates: localeAlternates(locale, "/cart"), robots: { index: false } };
}

export default async function CartPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const result = await attempt(retrieveCart(locale));
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/cart`} />;
  const cart = result.data;
  return (
    <div className="shop-page">
      <h1>{t("shop:cart.title")}</h1>
      {!cart || cart.groups.length === 0 ? (
        <div className="shop-empty" data-testid="cart-empty">
          <p>{t("shop:cart.empty")}</p>
          <Link className="button" href={`/${locale}#collection`}>{t("shop:cart.continue")}</Link>
        </div>
      ) : (
        <div className="shop-layout">
          <SellerGroups groups={cart.groups} currency={cart.currency} locale={locale} t={t}
            controls={(line) => (
              <CartLineControls lineId={line.id} quantity={line.quantity} max={line.maxQuantity} title={line.title} locale={locale} action={updateCartLine} />
            )} />
          <aside className="shop-summary">
            <Totals itemSubtotal={cart.itemSubtotal} shippingTotal={cart.shippingTotal} taxTotal={cart.taxTotal} total={cart.total}
              currency={cart.currency} locale={locale} t={t} shippingChosen={cart.shippingOptionId !== null} />
            <Link className="button button--block" href={`/${locale}/checkout`} data-testid="go-to-checkout">{t("shop:cart.checkout")}</Link>
            <p><Link href={`/${locale}#collection`}>{t("shop:cart.continue")}</Link></p>
          </aside>
        </div>
      )}
    </div>
  );
}
