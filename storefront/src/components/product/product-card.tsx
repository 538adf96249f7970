import Link from "next/link";
import { isImitation, type Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import type { ProductSummary } from "@/lib/types";
import { Price } from "./price";
import { ImitationNotice, TechniqueBadge } from "./technique-badge";

/** One product in a grid: photo, technique, title, maker and price, all one link to the product page. */
export function ProductCard({ product, locale, t }: { product: ProductSummary; locale: Locale; t: Translate }) {
  const imitation = product.technique !== null && isImitation(product.technique);
  return (
    <article className="card" data-testid="product-card">
      <Link href={`/${locale}/products/${product.handle}`} className="card__link" data-testid="product-link">
        <div className="card__media">
          {product.thumbnail ? (
            <img src={product.thumbnail} alt="" loading="lazy" />
          ) : (
            <span className="card__placeholder">{t("catalog.noImage")}</span>
          )}
          {product.demo && <span className="demo-tag">{t("product.demo")}</span>}
        </div>
        <div className="card__body">
          <TechniqueBadge technique={product.technique} t={t} />
          {imitation && <ImitationNotice t={t} variant="badge" />}
          <h3 className="card__title" lang={product.untranslated ? "id" : undefined}>{product.title}</h3>
          {product.untranslated && <p className="card__untranslated" data-testid="untranslated">{t("catalog.untranslated")}</p>}
          {product.seller && (
            <p className="card__seller">
              {product.seller.name}
              {product.seller.sentra && <> · {t(`vocab:sentra.${product.seller.sentra}`)}</>}
            </p>
          )}
          <Price price={product.price} from={product.priceFrom} locale={locale} t={t} />
        </div>
      </Link>
    </article>
  );
}
