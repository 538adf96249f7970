import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { GuideCards } from "@/features/guides/guide-page";
import "@/features/guides/guides.css";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  return { title: t("guides:index.title"), description: t("guides:index.lead"), alternates: localeAlternates(locale, "/guides") };
}

export default async function GuidesIndex({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  return (
    <section className="guide" aria-labelledby="guides-title">
      <h1 id="guides-title">{t("guides:index.title")}</h1>
      <p className="guide__lead">{t("guides:index.lead")}</p>
      <GuideCards locale={locale} t={t} />
    </section>
  );
}
