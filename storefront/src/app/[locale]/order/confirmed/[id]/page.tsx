import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { retrieveOrder, retrieveOrderParts } from "@/lib/data/orders";
import { formatPrice } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { attempt } from "@/lib/result";
import { BackendError } from "@/components/backend-error";
import { BankTransferInstructions, OrderSummaryView } from "@/features/orders/order-view";
import "@/features/cart/shop.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ payment?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("shop:order.confirmedTitle"), robots: { index: false, follow: false } };
}

export default async function OrderConfirmedPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  const { payment } = await searchParams;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const result = await attempt(Promise.all([retrieveOrder(locale, id), retrieveOrderParts(locale, id)]));
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/order/confirmed/${encodeURIComponent(id)}`} />;
  const [order, parts] = result.data;
  if (!order) notFound();
  // Each workshop's shipping method, shown under its pieces.
  const shipping = Object.fromEntries((parts ?? []).flatMap((p) => (p.seller && p.shipping ? [[p.seller.id, p.shipping]] : [])));
  const bankTransfer = payment === "pp_system_default";
  return (
    <div className="shop-page" data-testid="order-confirmed">
      <h1>{t("shop:order.confirmedTitle")}</h1>
      <p className="portal__lead">{t("shop:order.thanks", { email: order.email ?? "" })}</p>
      <p data-testid="order-number" className="order-number">{t("shop:order.number", { number: order.displayId })}</p>
      {bankTransfer && <BankTransferInstructions order={order} t={t} total={formatPrice({ amount: order.total, currency: order.currency }, locale)} />}
      <div className="shop-layout">
        <OrderSummaryView order={order} locale={locale} t={t} shipping={shipping} />
      </div>
      <p><Link href={`/${locale}`}>{t("shop:cart.continue")}</Link> · <Link href={`/${locale}/account`}>{t("shop:account.title")}</Link></p>
    </div>
  );
}
