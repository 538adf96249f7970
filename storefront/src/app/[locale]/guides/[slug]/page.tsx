import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LOCALES, isLocale } from "@canting/domain";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { GUIDES, GUIDE_SLUGS, isGuideSlug } from "@/features/guides/content";
import { GuidePage } from "@/features/guides/guide-page";

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams() {
  return LOCALES.flatMap((locale) => GUIDE_SLUGS.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale) || !isGuideSlug(slug)) return {};
  const t = getTranslator(locale) as unknown as (k: string) => string;
  const key = GUIDES[slug].key;
  return { title: t(`guides:${key}.title`), description: t(`guides:${key}.summary`), alternates: localeAlternates(locale, `/guides/${slug}`) };
}

export default async function GuideRoute({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale) || !isGuideSlug(slug)) notFound();
  return <GuidePage slug={slug} locale={locale} t={getTranslator(locale)} />;
}
