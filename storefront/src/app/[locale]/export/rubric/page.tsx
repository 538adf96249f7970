import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { READINESS_RUBRIC_VERSION, isLocale } from "@canting/domain";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { Rubric } from "@/features/readiness/rubric";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  return { title: `${t("readiness:title")} · ${t("readiness:rubricVersion", { version: READINESS_RUBRIC_VERSION })}`, alternates: localeAlternates(locale, "/export/rubric") };
}

/** The published rubric: Canting's own, versioned and dated, with its sources (features/readiness/rubric.tsx). */
export default async function RubricPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <Rubric locale={locale} t={getTranslator(locale)} />;
}
