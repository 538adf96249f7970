import Link from "next/link";
import type { Locale } from "@canting/domain";
import { formatPrice } from "@/lib/format";
import type { Translate } from "@/lib/i18n/create";
import { formatDate, type SellerOrder } from "@/lib/shop/seller-orders";

/** The seller's orders: number, date, their pieces, their subtotal and whether they still have to ship. */
export function SellerOrdersTable({ orders, locale, t }: { orders: SellerOrder[]; locale: Locale; t: Translate }) {
  if (orders.length === 0) return <p className="form-alert form-alert--info" data-testid="seller-orders-empty">{t("shop:sellerOrders.empty")}</p>;
  return (
    <ul className="data-list" role="list" data-testid="seller-orders">
      {orders.map((o) => (
        <li key={o.id} data-testid="seller-order-row" className="seller-order">
          <p className="seller-order__head">
            <Link href={`/${locale}/seller/orders/${encodeURIComponent(o.id)}`} data-testid="seller-order-link"
              aria-label={t("shop:sellerOrders.open", { number: o.displayId })}>
              {t("shop:sellerOrders.order", { number: o.displayId })}
            </Link>
            {" "}<span className={`status-pill status-pill--${o.fulfillmentStatus}`} data-testid="seller-order-status">
              {t(`shop:sellerOrders.fulfillmentStatus.${o.fulfillmentStatus}`)}
            </span>
          </p>
          <p className="seller-order__meta">
            <span data-testid="seller-order-date">{formatDate(o.createdAt, locale)}</span>
            {" · "}<span>{t("shop:sellerOrders.itemCount", { count: o.items.reduce((n, i) => n + i.quantity, 0) })}</span>
            {" · "}<span data-testid="seller-order-subtotal">{formatPrice({ amount: o.subtotal, currency: o.currency }, locale)}</span>
          </p>
          <p className="seller-order__items" data-testid="seller-order-items">{o.items.map((i) => `${i.title} × ${i.quantity}`).join(", ")}</p>
        </li>
      ))}
    </ul>
  );
}
