import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { requestPasswordReset } from "@/lib/actions/password-reset";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { ForgotPasswordForm } from "@/features/account/password-reset-forms";
import "@/features/seller-portal/seller-portal.css";
import "@/features/cart/shop.css";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("shop:passwordReset.requestTitle"), alternates: localeAlternates(locale, "/account/forgot-password"), robots: { index: false } };
}

/** A shopper asks for a link to choose a new password. */
export default async function CustomerForgotPasswordPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  return (
    <div className="shop-page shop-page--narrow">
      <h1>{t("shop:passwordReset.requestTitle")}</h1>
      <p className="portal__lead">{t("shop:passwordReset.requestLead")}</p>
      <ForgotPasswordForm locale={locale} actor="customer" action={requestPasswordReset} />
    </div>
  );
}
