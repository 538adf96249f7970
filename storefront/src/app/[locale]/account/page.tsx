import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { logoutCustomer } from "@/lib/actions/customer";
import { requireCustomer } from "@/lib/data/customer";
import { listCustomerOrders } from "@/lib/data/orders";
import { formatPrice } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { attempt } from "@/lib/result";
import { BackendError } from "@/components/backend-error";
import { formatDate } from "@/lib/shop/seller-orders";
import "@/features/seller-portal/seller-portal.css";
import "@/features/cart/shop.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("shop:account.title"), robots: { index: false, follow: false } };
}

export default async function AccountPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const result = await attempt((async () => {
    const { customer, token } = await requireCustomer(locale);
    return { customer, orders: await listCustomerOrders(locale, token) };
  })());
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/account`} />;
  const { customer, orders } = result.data;
  const name = [customer.firstName, customer.lastName].filter(Boolean).join(" ") || customer.email;
  return (
    <div className="shop-page">
      <h1>{t("shop:account.title")}</h1>
      <section className="shop-section" aria-labelledby="profile-title" data-testid="account-profile">
        <h2 id="profile-title">{t("shop:account.hello", { name })}</h2>
        <p data-testid="account-email">{customer.email}</p>
        <form action={logoutCustomer}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="button button--ghost button--small" data-testid="customer-logout">{t("shop:account.logout")}</button>
        </form>
      </section>
      <section className="shop-section" aria-labelledby="security-title">
        <h2 id="security-title">{t("shop:changePassword.security")}</h2>
        <p><Link href={`/${locale}/account/password`} data-testid="account-change-password">{t("shop:changePassword.link")}</Link></p>
      </section>
      <section className="shop-section" aria-labelledby="orders-title">
        <h2 id="orders-title">{t("shop:account.ordersTitle")}</h2>
        {orders.length === 0 ? <p data-testid="account-no-orders">{t("shop:account.noOrders")}</p> : (
          <ul className="data-list" role="list" data-testid="account-orders">
            {orders.map((o) => (
              <li key={o.id} data-testid="account-order">
                <Link href={`/${locale}/account/orders/${encodeURIComponent(o.id)}`} aria-label={t("shop:account.viewOrder", { number: o.displayId })}>
                  {t("shop:account.orderLine", { number: o.displayId, date: formatDate(o.createdAt, locale), total: formatPrice({ amount: o.total, currency: o.currency }, locale) })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="shop-section" aria-labelledby="addresses-title">
        <h2 id="addresses-title">{t("shop:account.addressesTitle")}</h2>
        <p>{customer.addresses.length === 0 ? t("shop:account.noAddresses") : customer.addresses.map((a) => [a.firstName, a.city].filter(Boolean).join(", ")).join(" · ")}</p>
        <Link className="button button--ghost button--small" href={`/${locale}/account/addresses`} data-testid="account-addresses-link">{t("shop:account.addressesTitle")}</Link>
      </section>
    </div>
  );
}
