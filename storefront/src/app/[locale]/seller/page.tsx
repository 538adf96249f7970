import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { retrieveOnboarding, retrieveSellerAccount } from "@/lib/data/seller-portal";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { PortalHome } from "@/features/seller-portal/portal-home";
import { BackendError } from "@/features/errors/backend-error";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("sellerPortal.metaTitle"), alternates: localeAlternates(locale, "/seller") };
}

export default async function SellerPortalPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const result = await attempt(Promise.all([retrieveSellerAccount(locale), retrieveOnboarding(locale)]));
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/seller`} />;
  const [seller, onboarding] = result.data;
  return <PortalHome seller={seller} onboarding={onboarding} locale={locale} t={t} />;
}
