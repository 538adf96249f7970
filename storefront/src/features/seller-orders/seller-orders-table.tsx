import Link from "next/link";
import type { Locale, SellerOrderSort, SellerOrderStatus } from "@canting/domain";
import { formatPrice } from "@/lib/format";
import type { Translate } from "@/lib/i18n/create";
import { listHref, ORDERS_LIST, type ListParams } from "@/lib/seller-portal/list-params";
import { formatDate, type SellerOrder } from "@/lib/shop/seller-orders";
import { SortHeader } from "@/components/portal-list/sort-header";

const BASE_PARAMS: ListParams<SellerOrderSort, SellerOrderStatus> = { page: 1, q: "", status: "", sort: ORDERS_LIST.defaultSort };

/**
 * The seller's orders as a table: number and date (both sortable), their pieces, their subtotal
 * and whether they still have to ship. Below 1024 px each row is drawn as a card.
 */
export function SellerOrdersTable({ orders, locale, t, params = BASE_PARAMS }: {
  orders: SellerOrder[]; locale: Locale; t: Translate; params?: ListParams<SellerOrderSort, SellerOrderStatus>;
}) {
  if (orders.length === 0) {
    const filtered = Boolean(params.q || params.status);
    return <p className="form-alert form-alert--info" data-testid="seller-orders-empty">{t(filtered ? "portalList.noMatch" : "shop:sellerOrders.empty")}</p>;
  }
  const base = `/${locale}/seller/orders`;
  const header = (field: "display_id" | "created_at", label: string) => (
    <SortHeader label={label} field={field} sort={params.sort} sorts={ORDERS_LIST.sorts} first={`-${field}`}
      hrefFor={(sort) => listHref(base, ORDERS_LIST, params, { sort: sort as SellerOrderSort })} testId={`seller-orders-sort-${field}`} />
  );
  const label = (key: "date" | "subtotal") => <span className="cell-label">{t(`shop:sellerOrders.${key}`)}: </span>;
  return (
    <table className="portal-table seller-orders" data-testid="seller-orders">
      <caption className="visually-hidden">{t("shop:sellerOrders.tableCaption")}</caption>
      <thead>
        <tr>
          {header("display_id", t("shop:sellerOrders.number"))}
          {header("created_at", t("shop:sellerOrders.date"))}
          <th scope="col">{t("shop:sellerOrders.items")}</th>
          <th scope="col" className="portal-table__number">{t("shop:sellerOrders.subtotal")}</th>
          <th scope="col">{t("shop:sellerOrders.status")}</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((o) => (
          <tr key={o.id} data-testid="seller-order-row" className="seller-order">
            <th scope="row" className="seller-order__head">
              <Link href={`/${locale}/seller/orders/${encodeURIComponent(o.id)}`} data-testid="seller-order-link"
                aria-label={t("shop:sellerOrders.open", { number: o.displayId })}>
                {t("shop:sellerOrders.order", { number: o.displayId })}
              </Link>
            </th>
            <td>{label("date")}<span data-testid="seller-order-date">{formatDate(o.createdAt, locale)}</span></td>
            <td>
              <span className="seller-order__items" data-testid="seller-order-items">{o.items.map((i) => `${i.title} × ${i.quantity}`).join(", ")}</span>
              {" "}<span className="seller-order__count">({t("shop:sellerOrders.itemCount", { count: o.items.reduce((n, i) => n + i.quantity, 0) })})</span>
            </td>
            <td className="portal-table__number">{label("subtotal")}<span data-testid="seller-order-subtotal">{formatPrice({ amount: o.subtotal, currency: o.currency }, locale)}</span></td>
            <td>
              <span className={`status-pill status-pill--${o.fulfillmentStatus}`} data-testid="seller-order-status">
                {t(`shop:sellerOrders.fulfillmentStatus.${o.fulfillmentStatus}`)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
