import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { requestPasswordReset } from "@/lib/actions/password-reset";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { ForgotPasswordForm } from "@/features/account/password-reset-forms";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("shop:passwordReset.requestTitle"), alternates: localeAlternates(locale, "/seller/forgot-password") };
}

/** A workshop member asks for a link to choose a new password. */
export default async function SellerForgotPasswordPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  return (
    <section className="portal portal--narrow">
      <h1>{t("shop:passwordReset.requestTitle")}</h1>
      <p className="portal__lead">{t("shop:passwordReset.requestLeadSeller")}</p>
      <ForgotPasswordForm locale={locale} actor="seller" action={requestPasswordReset} />
    </section>
  );
}
