import Link from "next/link";
import type { Locale, ReadinessBand } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import { formatPrice } from "@/lib/format";

type Loose = (key: string, options?: Record<string, unknown>) => string;

/** What the dashboard shows; a figure that could not be loaded is null and says so, without breaking the page. */
export type DashboardFigures = {
  listings: { published: number; total: number } | null;
  orders: { total: number; toShip: number } | null;
  /** The seller's part of this month's orders, per currency (Indonesian orders in IDR, export orders in USD). */
  revenue: { currency: string; amount: number }[] | null;
  readiness: { score: number; band: ReadinessBand } | null;
};

/** Sums the seller's part of the orders placed since `since`, per currency. */
export function revenueSince(orders: readonly { createdAt: string | null; currency: string; subtotal: number }[], since: Date) {
  const sums = new Map<string, number>();
  for (const o of orders) {
    if (!o.createdAt || new Date(o.createdAt) < since) continue;
    sums.set(o.currency.toLowerCase(), (sums.get(o.currency.toLowerCase()) ?? 0) + o.subtotal);
  }
  return [...sums].map(([currency, amount]) => ({ currency, amount })).sort((a, b) => a.currency.localeCompare(b.currency));
}

/** An approved seller's shop at a glance: live listings, open orders, revenue this month, export readiness. */
export function PortalDashboard({ figures, locale, t }: { figures: DashboardFigures; locale: Locale; t: Translate }) {
  const tt = t as unknown as Loose;
  const cards = [
    {
      key: "listings", href: `/${locale}/seller/products`, label: t("sellerPortal.dashboard.listings"),
      value: figures.listings && t("sellerPortal.dashboard.listingsValue", figures.listings),
    },
    {
      key: "orders", href: `/${locale}/seller/orders`, label: t("sellerPortal.dashboard.orders"),
      value: figures.orders && (figures.orders.total === 0 ? t("sellerPortal.dashboard.ordersNone") : `${figures.orders.total} · ${t("sellerPortal.dashboard.ordersToShip", { count: figures.orders.toShip })}`),
    },
    {
      key: "revenue", href: `/${locale}/seller/orders`, label: t("sellerPortal.dashboard.revenue"),
      value: figures.revenue && (figures.revenue.length === 0
        ? t("sellerPortal.dashboard.revenueNone")
        : figures.revenue.map((r) => formatPrice({ amount: r.amount, currency: r.currency }, locale)).join(" · ")),
    },
    {
      key: "readiness", href: `/${locale}/seller/readiness`, label: t("sellerPortal.dashboard.readiness"),
      value: figures.readiness && `${figures.readiness.score}/100 · ${tt(`readiness:band.${figures.readiness.band}`)}`,
    },
  ];
  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">{t("sellerPortal.dashboard.title")}</h2>
      <ul className="dashboard__cards" role="list">
        {cards.map((c) => (
          <li key={c.key} className="dashboard__card" data-testid={`dashboard-${c.key}`}>
            <span className="dashboard__label">{c.label}</span>
            <strong className="dashboard__value">{c.value ?? t("sellerPortal.dashboard.unavailable")}</strong>
            <Link href={c.href}>{t("sellerPortal.dashboard.open")} →</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
