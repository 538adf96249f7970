import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { retrieveProduct } from "@/lib/data/products";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { ProductDetail } from "@/features/products/product-detail";
import { BackendError } from "@/features/errors/backend-error";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; handle: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params;
  if (!isLocale(locale)) return {};
  const result = await attempt(retrieveProduct(locale, handle));
  const product = result.ok ? result.data : null;
  return {
    ...(product ? { title: product.title, description: product.subtitle ?? undefined } : {}),
    alternates: localeAlternates(locale, `/products/${encodeURIComponent(handle)}`),
  };
}

export default async function ProductPage({ params }: Props) {
  const { locale, handle } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const result = await attempt(retrieveProduct(locale, handle));
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/products/${encodeURIComponent(handle)}`} />;
  if (!result.data) notFound();
  return <ProductDetail product={result.data} locale={locale} t={t} />;
}
