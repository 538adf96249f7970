import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import type { ProductSummary } from "@/lib/types";
import { ProductCard } from "./product-card";

/**
 * A responsive grid of product cards, or a friendly line when there is nothing to show.
 * `priority`: how many leading cards are above the fold on load (their photos load eagerly, first).
 */
export function ProductGrid({ products, locale, t, emptyText, priority = 0 }: {
  products: ProductSummary[]; locale: Locale; t: Translate; emptyText: string; priority?: number;
}) {
  if (products.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <ul className="grid" role="list">
      {products.map((p, i) => (
        <li key={p.id}>
          <ProductCard product={p} locale={locale} t={t} priority={i < priority} />
        </li>
      ))}
    </ul>
  );
}
