import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@canting/domain";
import { retrieveProduct } from "@/lib/data/products";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates, productRobots } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { ProductDetail } from "@/features/products/product-detail";
import { BackendError } from "@/components/backend-error";
import { listBuyableVariants } from "@/lib/data/cart";
import { addToCart } from "@/lib/actions/cart";
import { AddToCart } from "@/features/cart/add-to-cart";
import { retrieveTrust } from "@/features/seller-certs/data";
import { retrieveSeller } from "@/lib/data/sellers";
import { SellerReadiness } from "@/components/readiness/seller-readiness";
import { ProductGrid } from "@/components/product/product-grid";
import { parseCatalogParams } from "@/lib/catalog/params";
import { searchCatalog } from "@/lib/data/catalog";
import type { Product, ProductSummary } from "@/lib/types";
import { jsonLdScript, productJsonLd } from "@/lib/product-jsonld";
import { getSiteUrl } from "@/env";
import "@/features/cart/shop.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; handle: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params;
  if (!isLocale(locale)) return {};
  const result = await attempt(retrieveProduct(locale, handle));
  const product = result.ok ? result.data : null;
  const robots = product ? productRobots(product) : undefined;
  return {
    ...(product ? { title: product.title, ...metaDescription(product) } : {}),
    ...(robots ? { robots } : {}),
    alternates: localeAlternates(locale, `/products/${encodeURIComponent(handle)}`),
  };
}

/** The subtitle, else the start of the description (search engines show ~155 characters); none leaves the site's. */
function metaDescription(product: Product): { description?: string } {
  const text = product.subtitle ?? product.description?.replace(/\s+/g, " ").trim();
  if (!text) return {};
  return { description: text.length <= 155 ? text : `${text.slice(0, 154).replace(/\s+\S*$/, "")}…` };
}

export default async function ProductPage({ params }: Props) {
  const { locale, handle } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const result = await attempt(retrieveProduct(locale, handle));
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/products/${encodeURIComponent(handle)}`} />;
  if (!result.data) notFound();
  const product = result.data;
  // Certificates and related pieces are extras: if either call fails, the page still sells the cloth.
  const [variants, trust, related, maker] = await Promise.all([
    attempt(listBuyableVariants(locale, product.id)),
    attempt(retrieveTrust(locale, { productId: product.id })),
    attempt(relatedProducts(locale, product)),
    attempt(product.seller ? retrieveSeller(locale, product.seller.handle) : Promise.resolve(null)),
  ]);
  const buy = variants.ok && variants.data.length > 0 ? <AddToCart variants={variants.data} locale={locale} action={addToCart} minimum={product.trade?.wholesale ? product.trade.moq : 1} /> : null;
  const url = `${getSiteUrl()}/${locale}/products/${encodeURIComponent(product.handle)}`;
  const tt = t as unknown as (key: string) => string;
  const ld = productJsonLd(product, url, trust.ok ? trust.data : null, {
    technique: product.technique ? tt(`vocab:technique.${product.technique}`) : null,
    scheme: (code) => tt(`vocab:certScheme.${code}`),
  });
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(ld) }} />
      <ProductDetail product={product} locale={locale} t={t} addToCart={buy} trust={trust.ok ? trust.data : null} />
      {maker.ok && maker.data && <SellerReadiness trust={maker.data} t={t} makerName={maker.data.name} />}
      {related.ok && related.data.length > 0 && (
        <section className="section" aria-labelledby="related-title" data-testid="related">
          <h2 id="related-title">{t("product.related")}</h2>
          <ProductGrid products={related.data} locale={locale} t={t} emptyText="" />
        </section>
      )}
    </>
  );
}

/** Up to four other pieces of the same technique, sharing a motif when there are enough. */
async function relatedProducts(locale: Locale, product: Product): Promise<ProductSummary[]> {
  if (!product.technique) return [];
  const state = parseCatalogParams({ technique: product.technique, motif: product.facts.motifs.join(",") });
  const others = async (s: typeof state) => (await searchCatalog(locale, s)).products.filter((p) => p.id !== product.id);
  const close = product.facts.motifs.length ? await others(state) : [];
  const wide = close.length >= 4 ? [] : await others({ ...state, filters: { ...state.filters, motif: [] } });
  return [...close, ...wide.filter((w) => !close.some((c) => c.id === w.id))].slice(0, 4);
}
