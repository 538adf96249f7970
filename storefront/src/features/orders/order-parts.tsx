import Link from "next/link";
import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import { formatPrice } from "@/lib/format";
import type { OrderPart } from "@/lib/shop/orders";

/** Each seller's part of the shopper's order: the pieces, where they are (processing, shipped, delivered) and the tracking. */
export function OrderParts({ parts, locale, t, currency }: { parts: OrderPart[]; locale: Locale; t: Translate; currency?: string }) {
  return (
    <div className="seller-groups" data-testid="order-parts">
      {parts.map((p, i) => (
        <section key={p.seller?.id ?? i} className="seller-group" data-testid="order-part">
          <h2 className="seller-group__title" data-testid="order-part-seller">
            {p.seller ? <>{t("shop:cart.fromLabel")} <Link href={`/${locale}/sellers/${p.seller.handle}`}>{p.seller.name}</Link></> : t("shop:cart.unknownSeller")}
          </h2>
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
              <li key={item.id} className="cart-line" data-testid="order-part-item">
                {item.thumbnail ? <img className="cart-line__thumb" src={item.thumbnail} alt="" /> : <span className="cart-line__thumb" aria-hidden="true" />}
                <div className="cart-line__body">
                  <p className="cart-line__title">{item.title}</p>
                  {item.variantTitle && <p className="cart-line__variant">{item.variantTitle}</p>}
                </div>
                <p className="cart-line__total">× {item.quantity}</p>
              </li>
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
