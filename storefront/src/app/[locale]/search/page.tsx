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
  // Result pages are for people, not for search engines.
  return { title: t("catalog.searchMetaTitle"), robots: { index: false, follow: true }, alternates: localeAlternates(locale, "/search") };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <CatalogRoute locale={locale} searchParams={await searchParams} kind="search" />;
}
