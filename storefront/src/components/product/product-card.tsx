import Link from "next/link";
import { isImitation, type Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import type { ProductSummary } from "@/lib/types";
import { CARD_IMAGE_SIZE, imageUrl } from "@/lib/images";
import { Price } from "./price";
import { ImitationNotice, TechniqueBadge } from "./technique-badge";

/**
 * One product in a grid: photo, technique, title, maker and price, all one link to the product page.
 * The photo is the 640 thumbnail in a fixed 4:5 box (object-fit: cover), so it never shifts the
 * layout; it loads lazily unless the grid marks the card `priority` (in the first row on load).
 */
export function ProductCard({ product, locale, t, priority = false }: {
  product: ProductSummary; locale: Locale; t: Translate; priority?: boolean;
}) {
  const imitation = product.technique !== null && isImitation(product.technique);
  const thumbnail = imageUrl(product.thumbnail);
  return (
    <article className="card" data-testid="product-card">
      <Link href={`/${locale}/products/${product.handle}`} className="card__link" data-testid="product-link">
        <div className="card__media">
          {thumbnail ? (
            <img src={thumbnail} alt="" width={CARD_IMAGE_SIZE.width} height={CARD_IMAGE_SIZE.height}
              {...(priority ? { loading: "eager", fetchPriority: "high" } as const : { loading: "lazy", decoding: "async" } as const)} />
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
