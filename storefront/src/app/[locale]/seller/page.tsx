import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@canting/domain";
import { countSellerListings, listLowStockListings, retrieveOnboarding, retrieveReadiness, retrieveSellerAccount } from "@/lib/data/seller-portal";
import { countSellerOrders, listSellerOrders } from "@/lib/data/seller-orders";
import { PortalDashboard, revenueSince, type DashboardFigures } from "@/features/seller-portal/portal-dashboard";
import type { SellerOrder } from "@/lib/shop/seller-orders";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { PortalHome } from "@/features/seller-portal/portal-home";
import { BackendError } from "@/components/backend-error";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("sellerPortal.metaTitle"), alternates: localeAlternates(locale, "/seller") };
}

export default async function SellerPortalPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const result = await attempt(Promise.all([retrieveSellerAccount(locale), retrieveOnboarding(locale)]));
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/seller`} />;
  const [seller, onboarding] = result.data;
  const selling = seller.status === "approved" || seller.status === "suspended";
  const [dashboard, lowStock] = selling ? await Promise.all([dashboardFigures(locale), attempt(listLowStockListings(locale))]) : [null, null];
  return (
    <PortalHome seller={seller} onboarding={onboarding} locale={locale} t={t} lowStock={lowStock?.ok ? lowStock.data : []}>
      {dashboard && <PortalDashboard figures={dashboard} locale={locale} t={t} />}
    </PortalHome>
  );
}

/** The dashboard's figures, each fetched on its own so one failing backend call blanks one card only. */
async function dashboardFigures(locale: Locale): Promise<DashboardFigures> {
  const [listings, orders, readiness, month] = await Promise.all([
    attempt(Promise.all([countSellerListings(locale, "published"), countSellerListings(locale)])),
    attempt(Promise.all([countSellerOrders(locale, "not_fulfilled"), listSellerOrders(locale, 1)])),
    attempt(retrieveReadiness(locale)), attempt(ordersThisMonth(locale)),
  ]);
  return {
    listings: listings.ok ? { published: listings.data[0], total: listings.data[1] } : null,
    orders: orders.ok ? { total: orders.data[1].count, toShip: orders.data[0] } : null,
    readiness: readiness.ok && readiness.data ? { score: readiness.data.assessment.score, band: readiness.data.assessment.band } : null,
    revenue: month.ok ? revenueSince(month.data.orders, month.data.since) : null,
  };
}

/** This calendar month's orders (Pekalongan time), newest first, reading pages until an older order shows up. */
async function ordersThisMonth(locale: Locale) {
  const now = new Date(Date.now() + 7 * 3600_000); // WIB, UTC+7
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - 7 * 3600_000);
  const orders: SellerOrder[] = [];
  for (let page = 1; page <= 10; page++) {
    const { orders: batch, count } = await listSellerOrders(locale, page);
    orders.push(...batch);
    const oldest = batch.at(-1)?.createdAt;
    if (batch.length === 0 || orders.length >= count || (oldest && new Date(oldest) < since)) break;
  }
  return { orders, since };
}
