import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { fulfilSellerOrder } from "@/lib/actions/seller-orders";
import { retrieveSellerAccount } from "@/lib/data/seller-portal";
import { retrieveSellerOrder } from "@/lib/data/seller-orders";
import { getTranslator } from "@/lib/i18n/server";
import { attempt } from "@/lib/result";
import { BackendError } from "@/components/backend-error";
import { PortalFrame } from "@/features/seller-portal/portal-header";
import { FulfilForm } from "@/features/seller-orders/fulfil-form";
import { SellerOrderDetail } from "@/features/seller-orders/seller-order-detail";
import "@/features/cart/shop.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("shop:sellerOrders.metaTitle") };
}

export default async function SellerOrderPage({ params }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const result = await attempt(Promise.all([retrieveSellerAccount(locale), retrieveSellerOrder(locale, id)]));
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/seller/orders/${encodeURIComponent(id)}`} />;
  const [seller, order] = result.data;
  if (!order) notFound();
  return (
    <PortalFrame name={seller.name} handle={seller.handle} locale={locale} t={t} current="orders">
      <h1 className="portal__title">{t("shop:sellerOrders.detailTitle", { number: order.displayId })}</h1>
      <SellerOrderDetail order={order} locale={locale} t={t}
        fulfil={<FulfilForm orderId={order.id} locale={locale} action={fulfilSellerOrder} />} />
      <p className="portal__back"><Link href={`/${locale}/seller/orders`} data-testid="back-to-orders">{t("shop:sellerOrders.back")}</Link></p>
    </PortalFrame>
  );
}
