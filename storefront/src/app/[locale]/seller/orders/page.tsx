import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { retrieveSellerAccount } from "@/lib/data/seller-portal";
import { listSellerOrderPage, SELLER_ORDERS_PAGE_SIZE } from "@/lib/data/seller-orders";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { listHref, ORDERS_LIST, readListParams } from "@/lib/seller-portal/list-params";
import { BackendError } from "@/components/backend-error";
import { ListFilters } from "@/components/portal-list/list-filters";
import { Pager } from "@/components/portal-list/pager";
import { PortalFrame } from "@/features/seller-portal/portal-header";
import { SellerOrdersTable } from "@/features/seller-orders/seller-orders-table";
import "@/features/cart/shop.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("shop:sellerOrders.metaTitle"), alternates: localeAlternates(locale, "/seller/orders") };
}

export default async function SellerOrdersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const list = readListParams(ORDERS_LIST, await searchParams);
  const base = `/${locale}/seller/orders`;
  const t = getTranslator(locale);
  const result = await attempt(Promise.all([retrieveSellerAccount(locale), listSellerOrderPage(locale, list)]));
  if (!result.ok) return <BackendError t={t} retryHref={listHref(base, ORDERS_LIST, list, { page: list.page })} />;
  const [seller, { orders, count }] = result.data;
  return (
    <PortalFrame name={seller.name} handle={seller.handle} locale={locale} t={t} current="orders">
      <h1 className="portal__title">{t("shop:sellerOrders.title")}</h1>
      <p className="portal__lead">{t("shop:sellerOrders.lead")}</p>
      <ListFilters base={base} spec={ORDERS_LIST} params={list} t={t} testId="orders-filters" searchLabel={t("shop:sellerOrders.searchLabel")}
        statusLabel={(s) => t(`shop:sellerOrders.fulfillmentStatus.${s}`)} sortLabel={(s) => t(`shop:sellerOrders.sort.${s}`)} />
      <Pager page={list.page} count={count} pageSize={SELLER_ORDERS_PAGE_SIZE} t={t} testId="orders-pager"
        hrefFor={(page) => listHref(base, ORDERS_LIST, list, { page })} />
      <SellerOrdersTable orders={orders} locale={locale} t={t} params={list} />
      <p className="portal__back"><Link href={`/${locale}/seller`} data-testid="back-to-portal">{t("sellerPortal.backToPortal")}</Link></p>
    </PortalFrame>
  );
}
