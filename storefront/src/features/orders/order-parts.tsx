import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import { formatPrice } from "@/lib/format";
import type { OrderPart } from "@/lib/shop/orders";
import { SellerHeading, ShopLine } from "@/components/shop/shop-line";

/** Each seller's part of the shopper's order: the pieces, where they are (processing, shipped, delivered) and the tracking. */
export function OrderParts({ parts, locale, t, currency }: { parts: OrderPart[]; locale: Locale; t: Translate; currency?: string }) {
  return (
    <div className="seller-groups" data-testid="order-parts">
      {parts.map((p, i) => (
        <section key={p.seller?.id ?? i} className="seller-group" data-testid="order-part">
          <SellerHeading seller={p.seller} locale={locale} t={t} testId="order-part-seller" />
          <p>
            <span className={`status-pill status-pill--${p.status}`} data-testid="order-part-status">
              {t("shop:order.partStatus", { status: t(`shop:order.status.${p.status}`) })}
            </span>
          </p>
          {p.shipping && (
            <p data-testid="order-part-shipping">
              {t("shop:cart.sellerShipping", { method: p.shipping.name, price: currency ? formatPrice({ amount: p.shipping.amount, currency }, locale) : String(p.shipping.amount) })}
            </p>
          )}
          <ul className="cart-lines" role="list">
            {p.items.map((item) => (
              <ShopLine
                key={item.id} testId="order-part-item" thumbnail={item.thumbnail} title={item.title} variantTitle={item.variantTitle}
                end={`× ${item.quantity}`}
              />
            ))}
          </ul>
          {p.tracking.length > 0 && (
            <div>
              <h3>{t("shop:order.tracking")}</h3>
              <ul className="tracking">
                {p.tracking.map((tr) => (
                  <li key={tr.number} data-testid="order-part-tracking">
                    {t("shop:order.trackingLine", { carrier: tr.carrier ?? "", number: tr.number }).trim()}
                    {tr.url && <> · <a href={tr.url} rel="noopener noreferrer" target="_blank">{t("shop:order.trackLink")}</a></>}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
