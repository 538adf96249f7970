import Link from "next/link";
import type { ReactNode } from "react";
import type { Locale } from "@canting/domain";
import { formatPrice } from "@/lib/format";
import type { Translate } from "@/lib/i18n/create";
import type { CartLine, SellerGroup } from "@/lib/shop/cart";

/**
 * Lines grouped under the workshop that made them, with each group's subtotal. `controls` renders
 * a line's quantity/remove form on the cart page; the checkout and confirmation show lines read-only.
 */
export function SellerGroups({ groups, currency, locale, t, controls, shipping }: {
  groups: SellerGroup[]; currency: string; locale: Locale; t: Translate; controls?: (line: CartLine) => ReactNode;
  /** each workshop's chosen shipping method (by seller id), shown under its pieces */
  shipping?: Record<string, { name: string; amount: number }>;
}) {
  const fmt = (amount: number) => formatPrice({ amount, currency }, locale);
  return (
    <div className="seller-groups">
      {groups.map((g) => (
        <section key={g.seller?.id ?? "unknown"} className="seller-group" data-testid="seller-group" aria-label={g.seller ? t("shop:cart.fromSeller", { name: g.seller.name }) : t("shop:cart.unknownSeller")}>
          <h2 className="seller-group__title" data-testid="seller-group-name">
            {g.seller ? (
              <>{t("shop:cart.fromLabel")} <Link href={`/${locale}/sellers/${g.seller.handle}`}>{g.seller.name}</Link></>
            ) : t("shop:cart.unknownSeller")}
          </h2>
          <ul className="cart-lines" role="list">
            {g.lines.map((line) => (
              <li key={line.id} className="cart-line" data-testid="cart-line">
                {line.thumbnail ? <img className="cart-line__thumb" src={line.thumbnail} alt="" /> : <span className="cart-line__thumb" aria-hidden="true" />}
                <div className="cart-line__body">
                  <p className="cart-line__title" data-testid="line-title">
                    {line.productHandle ? <Link href={`/${locale}/products/${line.productHandle}`}>{line.title}</Link> : line.title}
                  </p>
                  {line.variantTitle && line.variantTitle !== "Default" && <p className="cart-line__variant">{line.variantTitle}</p>}
                  <p className="cart-line__price" data-testid="line-price">
                    {t("shop:cart.unitPrice", { price: fmt(line.unitPrice), count: line.quantity })}
                  </p>
                  {line.unavailable && <p className="cart-line__unavailable" role="status" data-testid="line-unavailable">{t("shop:cart.unavailable")}</p>}
                  {controls?.(line)}
                </div>
                <p className="cart-line__total" data-testid="line-total">{fmt(line.total)}</p>
              </li>
            ))}
          </ul>
          <p className="seller-group__subtotal" data-testid="seller-subtotal">{t("shop:cart.sellerSubtotal", { price: fmt(g.subtotal) })}</p>
          {g.seller && shipping?.[g.seller.id] && (
            <p className="seller-group__shipping" data-testid="seller-group-shipping">
              {t("shop:cart.sellerShipping", { method: shipping[g.seller.id].name, price: fmt(shipping[g.seller.id].amount) })}
            </p>
          )}
        </section>
      ))}
    </div>
  );
}

/** Subtotal, shipping (when chosen), tax and total in the cart's currency. */
export function Totals({ itemSubtotal, shippingTotal, taxTotal, total, currency, locale, t, shippingChosen }: {
  itemSubtotal: number; shippingTotal: number; taxTotal: number; total: number; currency: string; locale: Locale; t: Translate; shippingChosen: boolean;
}) {
  const fmt = (amount: number) => formatPrice({ amount, currency }, locale);
  return (
    <dl className="totals" data-testid="totals">
      <div><dt>{t("shop:cart.subtotal")}</dt><dd data-testid="total-items">{fmt(itemSubtotal)}</dd></div>
      <div><dt>{t("shop:cart.shipping")}</dt><dd data-testid="total-shipping">{shippingChosen ? fmt(shippingTotal) : t("shop:cart.shippingLater")}</dd></div>
      {taxTotal > 0 && <div><dt>{t("shop:cart.tax")}</dt><dd>{fmt(taxTotal)}</dd></div>}
      <div className="totals__grand"><dt>{t("shop:cart.total")}</dt><dd data-testid="total-grand">{fmt(total)}</dd></div>
    </dl>
  );
}
