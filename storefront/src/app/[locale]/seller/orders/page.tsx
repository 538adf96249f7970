import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { retrieveSellerAccount } from "@/lib/data/seller-portal";
import { listSellerOrders, SELLER_ORDERS_PAGE_SIZE } from "@/lib/data/seller-orders";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { BackendError } from "@/components/backend-error";
import { PortalHeader } from "@/features/seller-portal/portal-header";
import { SellerOrdersTable } from "@/features/seller-orders/seller-orders-table";
import "@/features/cart/shop.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("shop:sellerOrders.metaTitle"), alternates: localeAlternates(locale, "/seller/orders") };
}

export default async function SellerOrdersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const t = getTranslator(locale);
  const result = await attempt(Promise.all([retrieveSellerAccount(locale), listSellerOrders(locale, page)]));
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/seller/orders`} />;
  const [seller, { orders, count }] = result.data;
  const pages = Math.max(1, Math.ceil(count / SELLER_ORDERS_PAGE_SIZE));
  return (
    <div className="portal">
      <PortalHeader name={seller.name} handle={seller.handle} locale={locale} t={t} />
      <h1 className="portal__title">{t("shop:sellerOrders.title")}</h1>
      <p className="portal__lead">{t("shop:sellerOrders.lead")}</p>
      <SellerOrdersTable orders={orders} locale={locale} t={t} />
      {pages > 1 && (
        <nav className="pager" aria-label={t("shop:sellerOrders.pageOf", { page, pages })}>
          {page > 1 && <Link href={`/${locale}/seller/orders?page=${page - 1}`}>{t("shop:sellerOrders.previous")}</Link>}
          <span> {t("shop:sellerOrders.pageOf", { page, pages })} </span>
          {page < pages && <Link href={`/${locale}/seller/orders?page=${page + 1}`}>{t("shop:sellerOrders.next")}</Link>}
        </nav>
      )}
      <p className="portal__back"><Link href={`/${locale}/seller`} data-testid="back-to-portal">{t("sellerPortal.backToPortal")}</Link></p>
    </div>
  );
}
