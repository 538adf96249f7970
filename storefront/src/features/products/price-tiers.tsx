import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import { formatNumber, formatPrice } from "@/lib/format";
import type { PriceTier, TradeTerms } from "@/lib/types";

/** The tiers grouped by variant, in the order the backend listed the variants' first tier. */
function byVariant(tiers: PriceTier[]): PriceTier[][] {
  const groups = new Map<string, PriceTier[]>();
  for (const tier of tiers) groups.set(tier.variantId, [...(groups.get(tier.variantId) ?? []), tier]);
  return [...groups.values()];
}

/**
 * The product page's trade terms: the wholesale minimum and, per option, a table of unit prices by
 * quantity in the shopper's currency, formatted like every other price. The cart charges these
 * prices itself (the backend prices each line by its quantity); this only tells the buyer.
 */
export function PriceTiers({ trade, locale, t }: { trade: TradeTerms | null | undefined; locale: Locale; t: Translate }) {
  if (!trade || (!trade.wholesale && trade.tiers.length === 0)) return null;
  const groups = byVariant(trade.tiers);
  const n = (value: number) => formatNumber(value, locale);
  return (
    <section className="product__tiers" aria-labelledby="tiers-title" data-testid="price-tiers">
      <h2 id="tiers-title">{t("product.tiersTitle")}</h2>
      {trade.wholesale && trade.moq > 1 && <p data-testid="minimum-order">{t("product.minimumOrder", { count: trade.moq })}</p>}
      {groups.map((tiers) => (
        <table key={tiers[0].variantId} className="product__tier-table" data-testid="tier-table">
          {groups.length > 1 && <caption>{t("product.tiersVariant", { variant: tiers[0].variantTitle ?? "" })}</caption>}
          <thead>
            <tr><th scope="col">{t("product.tiersQuantity")}</th><th scope="col">{t("product.tiersUnitPrice")}</th></tr>
          </thead>
          <tbody>
            {tiers.map((tier) => (
              <tr key={tier.min}>
                <th scope="row">{tier.max === null ? t("product.tiersOpen", { min: n(tier.min) }) : t("product.tiersRange", { min: n(tier.min), max: n(tier.max) })}</th>
                <td>{formatPrice(tier.price, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
