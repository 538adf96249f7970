import type { ReactNode } from "react";
import type { Locale } from "@canting/domain";
import { formatPrice } from "@/lib/format";
import type { Translate } from "@/lib/i18n/create";
import { AddressBlock } from "@/components/shop/address-block";
import { LineThumb } from "@/components/shop/shop-line";
import { formatDate, type SellerOrder } from "@/lib/shop/seller-orders";

const PAYMENT_STATUSES = ["not_paid", "awaiting", "authorized", "partially_authorized", "captured", "partially_captured", "refunded", "partially_refunded", "canceled", "requires_action"] as const;

/** Payment states in which a seller may send its part (the backend refuses earlier with payment_not_captured). */
const PAID = ["captured", "partially_refunded"];

/** One order's part for the seller: their pieces, subtotal, where to send them, and the shipment(s) or the fulfil form. */
export function SellerOrderDetail({ order, locale, t, fulfil }: { order: SellerOrder; locale: Locale; t: Translate; fulfil: ReactNode }) {
  const fmt = (amount: number) => formatPrice({ amount, currency: order.currency }, locale);
  const payment = (PAYMENT_STATUSES as readonly string[]).includes(order.paymentStatus ?? "")
    ? t(`shop:sellerOrders.paymentStatus.${order.paymentStatus as (typeof PAYMENT_STATUSES)[number]}`) : order.paymentStatus;
  return (
    <div data-testid="seller-order-detail">
      <dl className="order-meta">
        <div><dt>{t("shop:sellerOrders.date")}</dt><dd>{formatDate(order.createdAt, locale)}</dd></div>
        <div><dt>{t("shop:sellerOrders.status")}</dt><dd data-testid="seller-order-status">{t(`shop:sellerOrders.fulfillmentStatus.${order.fulfillmentStatus}`)}</dd></div>
        {payment && <div><dt>{t("shop:sellerOrders.payment")}</dt><dd data-testid="seller-order-payment">{payment}</dd></div>}
        {order.email && <div><dt>{t("shop:sellerOrders.buyerEmail")}</dt><dd>{order.email}</dd></div>}
      </dl>
      <section className="shop-section" aria-labelledby="so-items">
        <h2 id="so-items">{t("shop:sellerOrders.items")}</h2>
        <ul className="cart-lines" role="list">
          {order.items.map((i) => (
            <li key={i.id} className="cart-line" data-testid="seller-order-item">
              <LineThumb url={i.thumbnail} />
              <div className="cart-line__body">
                <p className="cart-line__title">{i.title}</p>
                {i.variantTitle && <p className="cart-line__variant">{i.variantTitle}</p>}
                <p className="cart-line__price">{t("shop:cart.unitPrice", { price: fmt(i.unitPrice), count: i.quantity })}</p>
              </div>
              <p className="cart-line__total">{fmt(i.total)}</p>
            </li>
          ))}
        </ul>
        <p className="seller-group__subtotal" data-testid="seller-order-subtotal">{t("shop:sellerOrders.subtotal")}: {fmt(order.subtotal)}</p>
        {order.shipping && (
          <p data-testid="seller-order-shipping">{t("shop:sellerOrders.shippingMethod", { method: order.shipping.name, price: fmt(order.shipping.amount) })}</p>
        )}
      </section>
      {order.shippingAddress && (
        <section className="shop-section" aria-labelledby="so-ship">
          <h2 id="so-ship">{t("shop:sellerOrders.shipTo")}</h2>
          <AddressBlock address={order.shippingAddress} t={t} />
        </section>
      )}
      {order.fulfillments.length > 0 && (
        <section className="shop-section" aria-labelledby="so-shipped" data-testid="seller-order-fulfillments">
          <h2 id="so-shipped">{t("shop:order.tracking")}</h2>
          <ul className="tracking">
            {order.fulfillments.map((f) => (
              <li key={f.id} data-testid="seller-order-tracking">
                {[f.carrier, f.trackingNumber].filter(Boolean).join(" ")}
                {f.shippedAt && ` · ${t("shop:sellerOrders.shippedOn", { date: formatDate(f.shippedAt, locale) })}`}
                {f.trackingUrl && <> · <a href={f.trackingUrl} rel="noopener noreferrer" target="_blank">{t("shop:order.trackLink")}</a></>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {order.fulfillmentStatus === "not_fulfilled" && !PAID.includes(order.paymentStatus ?? "") && (
        <section className="shop-section" aria-labelledby="so-fulfil">
          <h2 id="so-fulfil">{t("shop:sellerOrders.fulfilTitle")}</h2>
          <p className="form-alert" role="status" data-testid="seller-order-awaiting-payment">{t("shop:sellerOrders.awaitingPayment")}</p>
        </section>
      )}
      {order.fulfillmentStatus === "not_fulfilled" && PAID.includes(order.paymentStatus ?? "") && (
        <section className="shop-section" aria-labelledby="so-fulfil">
          <h2 id="so-fulfil">{t("shop:sellerOrders.fulfilTitle")}</h2>
          <p>{t("shop:sellerOrders.fulfilLead")}</p>
          {fulfil}
        </section>
      )}
    </div>
  );
}
