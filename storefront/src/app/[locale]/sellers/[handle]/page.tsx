import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { listProducts } from "@/lib/data/products";
import { retrieveSeller } from "@/lib/data/sellers";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { SellerProfile } from "@/features/sellers/seller-profile";
import { SellerReadiness } from "@/components/readiness/seller-readiness";
import { retrieveTrust } from "@/features/seller-certs/data";
import { BackendError } from "@/components/backend-error";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; handle: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params;
  if (!isLocale(locale)) return {};
  const result = await attempt(retrieveSeller(locale, handle));
  const seller = result.ok ? result.data : null;
  return {
    ...(seller ? { title: seller.name, description: getTranslator(locale)("meta.sellerDescription", { name: seller.name }) } : {}),
    alternates: localeAlternates(locale, `/sellers/${encodeURIComponent(handle)}`),
  };
}

export default async function SellerPage({ params }: Props) {
  const { locale, handle } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const retryHref = `/${locale}/sellers/${encodeURIComponent(handle)}`;
  const sellerResult = await attempt(retrieveSeller(locale, handle));
  if (!sellerResult.ok) return <BackendError t={t} retryHref={retryHref} />;
  const seller = sellerResult.data;
  if (!seller) notFound();
  const [productsResult, trust] = await Promise.all([
    attempt(listProducts(locale, { ids: seller.productIds })),
    attempt(retrieveTrust(locale, { sellerId: seller.id })),
  ]);
  if (!productsResult.ok) return <BackendError t={t} retryHref={retryHref} />;
  return (
    <>
      <SellerProfile seller={seller} products={productsResult.data.products} trust={trust.ok ? trust.data : null} locale={locale} t={t} />
      <SellerReadiness trust={seller} t={t} locale={locale} />
    </>
  );
}
