import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { listSellerDocuments, retrieveOnboarding, retrieveSellerAccount } from "@/lib/data/seller-portal";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { isOnboardingStep } from "@/lib/seller-portal/types";
import { OnboardingStepView } from "@/features/seller-portal/onboarding-step-view";
import { BackendError } from "@/components/backend-error";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; step: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, step } = await params;
  if (!isLocale(locale) || !isOnboardingStep(step)) return {};
  const t = getTranslator(locale);
  return {
    title: `${t(`sellerPortal.step.${step}`)} · ${t("sellerPortal.metaTitle")}`,
    alternates: localeAlternates(locale, `/seller/onboarding/${step}`),
  };
}

export default async function OnboardingStepPage({ params }: Props) {
  const { locale, step } = await params;
  if (!isLocale(locale) || !isOnboardingStep(step)) notFound();
  const t = getTranslator(locale);
  const result = await attempt(Promise.all([
    retrieveSellerAccount(locale),
    retrieveOnboarding(locale),
    step === "documents" ? listSellerDocuments(locale) : Promise.resolve([]),
  ]));
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/seller/onboarding/${step}`} />;
  const [seller, onboarding, documents] = result.data;
  return <OnboardingStepView step={step} seller={seller} onboarding={onboarding} documents={documents} locale={locale} t={t} />;
}
