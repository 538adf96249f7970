import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TRAINING_LEVELS, isLocale } from "@canting/domain";
import { listTrainingAwards, retrieveReadiness, retrieveSellerAccount } from "@/lib/data/seller-portal";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { BackendError } from "@/components/backend-error";
import { PortalFrame } from "@/features/seller-portal/portal-header";
import { ReadinessPanel } from "@/features/readiness/readiness-panel";
import { BadgeList } from "@/features/readiness/badge-list";
import { ClaimBadgeForm } from "@/features/readiness/claim-badge-form";
import { ExportAnswersForm } from "@/features/readiness/export-answers-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("readiness:metaTitle"), alternates: localeAlternates(locale, "/seller/readiness") };
}

export default async function ReadinessPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const result = await attempt(Promise.all([retrieveSellerAccount(locale), retrieveReadiness(locale), listTrainingAwards(locale)]));
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/seller/readiness`} />;
  const [seller, readiness, awards] = result.data;
  const levelLabels = Object.fromEntries(TRAINING_LEVELS.map((l) => [l, t(`readiness:level.${l}`)]));
  return (
    <PortalFrame name={seller.name} handle={seller.handle} locale={locale} t={t} current="readiness">
      {readiness ? <ReadinessPanel view={readiness} locale={locale} t={t} /> : <p className="form-alert">{t("readiness:unavailable")}</p>}
      <div className="portal__columns">
        <BadgeList awards={awards} t={t} />
        <ClaimBadgeForm locale={locale} levelLabels={levelLabels} />
      </div>
      <ExportAnswersForm locale={locale} profile={seller.exportProfile} />
    </PortalFrame>
  );
}
