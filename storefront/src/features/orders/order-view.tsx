import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import { SellerGroups, Totals } from "@/components/shop/cart-lines";
import { AddressBlock } from "@/components/shop/address-block";
import type { ShopOrder } from "@/lib/shop/orders";

/** Demo bank transfer instructions for a manual-payment order: clearly not a real account. */
export function BankTransferInstructions({ order, t, total }: { order: ShopOrder; t: Translate; total: string }) {
  return (
    <section className="shop-section bank-transfer" data-testid="bank-transfer" aria-labelledby="bank-title">
      <h2 id="bank-title">{t("shop:order.bankTitle")}</h2>
      <p><span className="demo-tag demo-tag--inline">{t("shop:order.demo")}</span>{t("shop:order.bankDemo")}</p>
      <ol>
        <li>{t("shop:order.bankStep1", { total })}</li>
        <li>{t("shop:order.bankStep2", { number: order.displayId })}</li>
        <li>{t("shop:order.bankStep3")}</li>
      </ol>
    </section>
  );
}

/** An order's items by seller, its totals and where it goes. */
export function OrderSummaryView({ order, locale, t, shipping }: {
  order: ShopOrder; locale: Locale; t: Translate; shipping?: Record<string, { name: string; amount: number }>;
}) {
  return (
    <>
      <SellerGroups groups={order.groups} currency={order.currency} locale={locale} t={t} shipping={shipping} />
      <div className="shop-summary">
        <Totals itemSubtotal={order.itemSubtotal} shippingTotal={order.shippingTotal} taxTotal={order.taxTotal} total={order.total}
          currency={order.currency} locale={locale} t={t} shippingChosen />
        {order.shippingAddress && (
          <div>
            <h2>{t("shop:order.shipTo")}</h2>
            <AddressBlock address={order.shippingAddress} t={t} />
          </div>
        )}
      </div>
    </>
  );
}
