import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { changePassword } from "@/lib/actions/change-password";
import { retrieveSellerAccount } from "@/lib/data/seller-portal";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { attempt } from "@/lib/result";
import { BackendError } from "@/components/backend-error";
import { ChangePasswordForm } from "@/components/forms/change-password-form";
import { PortalFrame } from "@/features/seller-portal/portal-header";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  return { title: `${t("shop:changePassword.title")} · ${t("sellerPortal.metaTitle")}`, alternates: localeAlternates(locale, "/seller/password") };
}

/** The signed-in workshop account changes its password (a signed-out visitor is sent to log in by the data layer). */
export default async function SellerPasswordPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const result = await attempt(retrieveSellerAccount(locale));
  if (!result.ok) return <BackendError t={t} retryHref={`/${locale}/seller/password`} />;
  const seller = result.data;
  return (
    <PortalFrame name={seller.name} handle={seller.handle} locale={locale} t={t} current="password">
      <h1 className="portal__title">{t("shop:changePassword.title")}</h1>
      <p className="portal__lead">{t("shop:changePassword.lead")}</p>
      <ChangePasswordForm locale={locale} actor="seller" action={changePassword} />
    </PortalFrame>
  );
}
