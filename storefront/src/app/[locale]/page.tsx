import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { listProducts } from "@/lib/data/products";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { AboutBatik, CityPriorities, Hero, HomeSources } from "@/features/home/hero";
import { GuideCards } from "@/features/guides/guide-page";
import { SellerList } from "@/features/sellers-directory/seller-list";
import { listSellers } from "@/lib/data/sellers";
import { parseDirectoryFilters, type SellerListItem } from "@/lib/sellers-directory";
import "@/components/readiness/readiness.css";

const BAND_ORDER = { export_ready: 0, ready_with_support: 1, not_ready: 2 } as const;
/** Three makers for the home page, the most export-ready first. */
const featured = (sellers: SellerListItem[]) =>
  [...sellers].sort((a, b) => (BAND_ORDER[a.readinessBand ?? "not_ready"] - BAND_ORDER[b.readinessBand ?? "not_ready"])).slice(0, 3);
import { ProductGrid } from "@/components/product/product-grid";
import { BackendError } from "@/components/backend-error";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { alternates: localeAlternates(locale) } : {};
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const [result, sellers] = await Promise.all([
    attempt(listProducts(locale, { limit: 12 })),
    attempt(listSellers(locale, { ...parseDirectoryFilters({}), page: 1 })),
  ]);
  return (
    <>
      <Hero t={t} />
      <section className="section" id="collection" aria-labelledby="collection-title">
        <div className="section__head">
          <h2 id="collection-title">{t("home.collectionTitle")}</h2>
          {result.ok && result.data.count > 0 && <p>{t("home.collectionCount", { count: result.data.count })}</p>}
          <Link href={`/${locale}/products`} data-testid="browse-all">{t("catalog.browseAll")} →</Link>
        </div>
        {result.ok ? (
          <ProductGrid products={result.data.products} locale={locale} t={t} emptyText={t("home.empty")} priority={2} />
        ) : (
          <BackendError t={t} retryHref={`/${locale}`} />
        )}
      </section>
      {sellers.ok && sellers.data.sellers.length > 0 && (
        <section className="section" aria-labelledby="featured-sellers-title" data-testid="featured-sellers">
          <div className="section__head">
            <h2 id="featured-sellers-title">{t("home.featuredSellers")}</h2>
            <Link href={`/${locale}/sellers`}>{t("home.allSellers")} →</Link>
          </div>
          <SellerList sellers={featured(sellers.data.sellers)} locale={locale} t={t} />
        </section>
      )}
      <AboutBatik t={t} />
      <CityPriorities t={t} />
      <section className="section" aria-labelledby="guides-home-title">
        <h2 id="guides-home-title">{t("guides:home.guidesTitle")}</h2>
        <GuideCards locale={locale} t={t} />
      </section>
      <div className="section">
        <HomeSources t={t} />
      </div>
    </>
  );
}
