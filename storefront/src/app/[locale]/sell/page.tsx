import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { SellLanding } from "@/features/sell/sell-landing";
import "@/features/seller-portal/seller-portal.css";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  return { title: t("sell.metaTitle"), description: t("sell.metaDescription"), alternates: localeAlternates(locale, "/sell") };
}

export default async function SellPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <SellLanding locale={locale} t={getTranslator(locale)} />;
}
