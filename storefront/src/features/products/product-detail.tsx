import type { ReactNode } from "react";
import { preload } from "react-dom";
import { isImitation, type Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import type { Product } from "@/lib/types";
import { responsiveImage } from "@/lib/images";
import { SellerCard } from "@/components/seller-card";
import { Price } from "@/components/product/price";
import { ProductFacts } from "./product-facts";
import { PriceTiers } from "./price-tiers";
import { CertificateBadges } from "@/components/product/certificate-badges";
import type { Trust } from "@/lib/trust";
import { ImitationNotice, TechniqueBadge } from "@/components/product/technique-badge";

/** The main photo fills the page width on a phone and half of the (at most 72rem) page from 56rem up. */
const MAIN_SIZES = "(min-width: 72rem) 35rem, (min-width: 56rem) 50vw, 100vw";
/** The others sit four to a row under it. */
const THUMB_SIZES = "(min-width: 72rem) 9rem, (min-width: 56rem) 12vw, 25vw";

/**
 * The photos, cover first. The cover is the page's LCP element: loaded eagerly at high priority and
 * preloaded (React hoists the `<link rel="preload">` into the head) so the browser asks for the right
 * `srcset` candidate before it has laid anything out. The rest wait until they are near the viewport.
 */
function Gallery({ product, t }: { product: Product; t: Translate }) {
  const photos = product.images.flatMap((image, i) => {
    const props = responsiveImage(image, i === 0 ? MAIN_SIZES : THUMB_SIZES);
    return props ? [{ key: image.url, props }] : [];
  });
  if (photos.length === 0) return <div className="gallery gallery--empty">{t("catalog.noImage")}</div>;
  const cover = photos[0].props;
  preload(cover.src, {
    as: "image", fetchPriority: "high",
    ...(cover.srcSet ? { imageSrcSet: cover.srcSet, imageSizes: cover.sizes } : {}),
  });
  return (
    <ul className="gallery" role="list" aria-label={t("product.galleryLabel")}>
      {photos.map(({ key, props }, i) => (
        <li key={key} className={i === 0 ? "gallery__main" : "gallery__thumb"}>
          <img {...props} alt={t("product.imageAlt", { title: product.title, number: i + 1 })}
            {...(i === 0 ? { loading: "eager", fetchPriority: "high" } as const : { loading: "lazy", decoding: "async" } as const)} />
        </li>
      ))}
    </ul>
  );
}

/** Said where the seller's Indonesian text stands in for an English one not written yet. */
function UntranslatedNote({ t }: { t: Translate }) {
  return <p className="product__untranslated" data-testid="untranslated-note">{t("product.untranslatedNote")}</p>;
}

/** The product page body: gallery, title, technique (with the not-batik notice when due), price and wholesale tiers, maker, facts. */
export function ProductDetail({ product, locale, t, addToCart, trust }: {
  product: Product; locale: Locale; t: Translate; addToCart?: ReactNode; trust?: Trust | null;
}) {
  const imitation = product.technique !== null && isImitation(product.technique);
  return (
    <article className="product">
      <Gallery product={product} t={t} />
      <div className="product__info">
        {product.demo && (
          <p className="demo-notice" data-testid="demo-notice">
            <span className="demo-tag">{t("product.demo")}</span> {t("product.demoNotice")}
          </p>
        )}
        <div className="product__technique">
          <span className="visually-hidden">{t("product.techniqueHeading")}: </span>
          <TechniqueBadge technique={product.technique} t={t} size="lg" />
        </div>
        <h1 className="product__title" lang={product.translated.title ? undefined : "id"}>{product.title}</h1>
        {product.subtitle && <p className="product__subtitle" lang={product.translated.subtitle ? undefined : "id"}>{product.subtitle}</p>}
        {!product.translated.title && <UntranslatedNote t={t} />}
        <Price price={product.price} from={product.priceFrom} locale={locale} t={t} className="product__price" />
        <PriceTiers trade={product.trade} locale={locale} t={t} />
        {addToCart}
        {imitation && <ImitationNotice t={t} variant="full" />}
        {product.seller && <SellerCard seller={product.seller} locale={locale} t={t} />}
        {trust && <CertificateBadges trust={trust} locale={locale} t={t} />}
        <ProductFacts facts={product.facts} more={product.more} locale={locale} t={t} />
        {product.description && (
          <section className="product__description" aria-labelledby="description-title">
            <h2 id="description-title">{t("product.descriptionTitle")}</h2>
            {!product.translated.description && product.translated.title && <UntranslatedNote t={t} />}
            <p lang={product.translated.description ? undefined : "id"}>{product.description}</p>
          </section>
        )}
      </div>
    </article>
  );
}
