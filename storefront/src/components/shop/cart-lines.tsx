import type { ReactNode } from "react";
import type { Locale } from "@canting/domain";
import { formatPrice } from "@/lib/format";
import type { Translate } from "@/lib/i18n/create";
import type { CartLine, SellerGroup, ShopTotals } from "@/lib/shop/lines";
import { SellerHeading, ShopLine } from "./shop-line";

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
          <SellerHeading seller={g.seller} locale={locale} t={t} testId="seller-group-name" />
          <ul className="cart-lines" role="list">
            {g.lines.map((line) => (
              <ShopLine
                key={line.id} testId="cart-line" titleTestId="line-title" thumbnail={line.thumbnail} title={line.title}
                href={line.productHandle ? `/${locale}/products/${line.productHandle}` : null}
                variantTitle={line.variantTitle !== "Default" ? line.variantTitle : null}
                end={fmt(line.total)} endTestId="line-total"
              >
                <p className="cart-line__price" data-testid="line-price">
                  {t("shop:cart.unitPrice", { price: fmt(line.unitPrice), count: line.quantity })}
                </p>
                {line.unavailable && <p className="cart-line__unavailable" role="status" data-testid="line-unavailable">{t("shop:cart.unavailable")}</p>}
                {controls?.(line)}
              </ShopLine>
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
export function Totals({ itemSubtotal, shippingTotal, taxTotal, total, currency, locale, t, shippingChosen }:
  Pick<ShopTotals, "itemSubtotal" | "shippingTotal" | "taxTotal" | "total" | "currency"> & { locale: Locale; t: Translate; shippingChosen: boolean }) {
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
