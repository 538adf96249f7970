import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { requireCustomer } from "@/lib/data/customer";
import { retrieveOrder, retrieveOrderParts } from "@/lib/data/orders";
import { getTranslator } from "@/lib/i18n/server";
import { attempt } from "@/lib/result";
import { BackendError } from "@/components/backend-error";
import { OrderParts } from "@/features/orders/order-parts";
import { OrderSummaryView } from "@/features/orders/order-view";
import { formatDate } from "@/lib/shop/seller-orders";
import "@/features/cart/shop.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("shop:account.ordersTitle"), robots: { index: false, follow: false } };
}

export default async function AccountOrderPage({ params }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const result = await attempt((async () => {
    const { customer, token } = await requireCustomer(locale);
    const [order, parts] = await Promise.all([retrieveOrder(locale, id, token), retrieveOrderParts(locale, id, token)]);
    // Only the shopper's own orders show here (the store API would answer any id).
    return order && order.email?.toLowerCase() === customer.email.toLowerCase() ? { order, parts } : null;
  })());
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/account/orders/${encodeURIComponent(id)}`} />;
  if (!result.data) notFound();
  const { order, parts } = result.data;
  return (
    <div className="shop-page" data-testid="account-order-page">
      <h1>{t("shop:account.orderTitle", { number: order.displayId })}</h1>
      {order.createdAt && <p className="portal__lead">{t("shop:order.placedOn", { date: formatDate(order.createdAt, locale) })}</p>}
      {parts && parts.length > 0
        ? <OrderParts parts={parts} locale={locale} t={t} currency={order.currency} />
        : <p className="form-alert form-alert--info" data-testid="parts-unavailable">{t("shop:order.partsUnavailable")}</p>}
      <div className="shop-layout">
        <OrderSummaryView order={order} locale={locale} t={t} />
      </div>
      <p><Link href={`/${locale}/account`}>{t("shop:account.backToAccount")}</Link></p>
    </div>
  );
}
