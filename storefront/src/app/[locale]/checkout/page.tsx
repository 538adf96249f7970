import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { completeCardOrder, placeOrder, saveCheckoutAddress, saveShippingMethod, startCardPayment } from "@/lib/actions/checkout";
import { getSiteUrl, getStripePublishableKey } from "@/env";
import { listPaymentProviders, listSellerShipping, retrieveCart } from "@/lib/data/cart";
import { retrieveCustomer } from "@/lib/data/customer";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { BackendError } from "@/components/backend-error";
import { SellerGroups, Totals } from "@/components/shop/cart-lines";
import { addressValues } from "@/lib/shop/address";
import { CheckoutAddressStep, CheckoutPaymentStep, CheckoutShippingStep } from "@/features/checkout/checkout-steps";
import { CardPayment } from "@/features/checkout/card-payment";
import "@/features/seller-portal/seller-portal.css";
import "@/features/cart/shop.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams?: Promise<{ payment?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("shop:checkout.title"), alternates: localeAlternates(locale, "/checkout"), robots: { index: false } };
}

/** Payment providers this storefront can take: bank transfer always, a card through Stripe when its publishable key is set. */
const supportedProviders = () => (getStripePublishableKey() ? ["pp_system_default", "pp_stripe_stripe"] : ["pp_system_default"]);

export default async function CheckoutPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const declined = (await searchParams)?.payment === "declined";
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const result = await attempt((async () => {
    const cart = await retrieveCart(locale);
    if (!cart || cart.groups.length === 0) return null;
    const [shipping, providers, customer] = await Promise.all([
      listSellerShipping(locale, cart.id),
      cart.regionId ? listPaymentProviders(locale, cart.regionId) : Promise.resolve([]),
      retrieveCustomer(locale).catch(() => null),
    ]);
    // In our order, not the backend's: bank transfer stays the first (preselected) choice when a card is offered too.
    return { cart, shipping, customer, providers: supportedProviders().filter((p) => providers.includes(p)) };
  })());
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/checkout`} />;
  if (!result.data) {
    return (
      <div className="shop-page shop-empty" data-testid="checkout-empty">
        <h1>{t("shop:checkout.title")}</h1>
        <p>{t("shop:cart.empty")}</p>
        <Link className="button" href={`/${locale}#collection`}>{t("shop:cart.continue")}</Link>
      </div>
    );
  }
  const { cart, shipping, providers, customer } = result.data;
  // A signed-in shopper starts from their email and their first saved address the cart's region ships to.
  const saved = customer?.addresses.find((a) => a.countryCode && cart.countries.includes(a.countryCode)) ?? null;
  const initial = addressValues(cart.shippingAddress ?? saved, cart.email ?? customer?.email ?? null);
  const form = cart.countries.includes("id") ? "indonesia" : "international";
  const hasAddress = cart.shippingAddress !== null && cart.email !== null;
  // Every workshop ships its own part: the cart needs one chosen method per seller.
  const allChosen = shipping.length > 0 && shipping.every((s) => s.chosen !== null);
  const hasShipping = hasAddress && allChosen;
  const chosenBySeller = Object.fromEntries(shipping.flatMap((s) => (s.seller && s.chosen ? [[s.seller.id, { name: s.chosen.name, amount: s.chosen.amount }]] : [])));
  const key = getStripePublishableKey();
  return (
    <div className="shop-page">
      <h1>{t("shop:checkout.title")}</h1>
      {declined && <p className="form-alert" role="alert" data-testid="payment-declined">{t("shop:errors.paymentDeclined")}</p>}
      <div className="shop-layout">
        <div>
          <section className={`shop-section${hasAddress ? " shop-section--done" : ""}`} aria-labelledby="step-address">
            <h2 id="step-address">{t("shop:checkout.addressTitle")}</h2>
            {!customer && (
              <p><Link href={`/${locale}/account/login?next=${encodeURIComponent(`/${locale}/checkout`)}`} data-testid="checkout-login">{t("shop:checkout.loginPrompt")}</Link></p>
            )}
            <CheckoutAddressStep form={form} values={initial} countries={cart.countries}
              locale={locale} action={saveCheckoutAddress} />
          </section>
          <section className={`shop-section${hasShipping ? " shop-section--done" : hasAddress ? "" : " shop-section--locked"}`} aria-labelledby="step-shipping">
            <h2 id="step-shipping">{t("shop:checkout.shippingTitle")}</h2>
            {hasAddress
              ? <CheckoutShippingStep currency={cart.currency} locale={locale} action={saveShippingMethod}
                  sellers={shipping.map((s) => ({ profileId: s.profileId, sellerName: s.seller?.name ?? null, options: s.options, chosen: s.chosen?.optionId ?? null }))} />
              : <p>{t("shop:checkout.addressFirst")}</p>}
          </section>
          <section className={`shop-section${hasShipping ? "" : " shop-section--locked"}`} aria-labelledby="step-payment">
            <h2 id="step-payment">{t("shop:checkout.paymentTitle")}</h2>
            {hasShipping
              ? <CheckoutPaymentStep providers={providers} locale={locale} action={placeOrder}
                  card={key && providers.includes("pp_stripe_stripe") ? (
                    <CardPayment publishableKey={key} locale={locale} returnUrl={`${getSiteUrl()}/${locale}/checkout/complete`}
                      start={startCardPayment} complete={completeCardOrder} />
                  ) : undefined} />
              : <p>{t("shop:checkout.shippingFirst")}</p>}
          </section>
        </div>
        <aside className="shop-summary" aria-labelledby="review-title" data-testid="checkout-review">
          <h2 id="review-title">{t("shop:checkout.reviewTitle")}</h2>
          <SellerGroups groups={cart.groups} currency={cart.currency} locale={locale} t={t} shipping={chosenBySeller} />
          <Totals itemSubtotal={cart.itemSubtotal} shippingTotal={cart.shippingTotal} taxTotal={cart.taxTotal} total={cart.total}
            currency={cart.currency} locale={locale} t={t} shippingChosen={allChosen} />
          <p><Link href={`/${locale}/cart`}>{t("shop:checkout.editCart")}</Link></p>
        </aside>
      </div>
    </div>
  );
}
