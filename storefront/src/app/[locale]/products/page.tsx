import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { CatalogRoute } from "@/features/catalog/catalog-route";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  // Filtered views share the unfiltered page as canonical, so search engines index one catalog.
  return { title: t("catalog.title"), description: t("catalog.metaDescription"), alternates: localeAlternates(locale, "/products") };
}

export default async function CatalogPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <CatalogRoute locale={locale} searchParams={await searchParams} kind="browse" />;
}
