import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { loginSeller } from "@/lib/actions/seller-auth";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { LoginForm } from "@/features/seller-portal/login-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ expired?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("sellerAuth.loginTitle"), alternates: localeAlternates(locale, "/seller/login") };
}

export default async function SellerLoginPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const { expired } = await searchParams;
  return (
    <section className="portal portal--narrow">
      <h1>{t("sellerAuth.loginTitle")}</h1>
      <p className="portal__lead">{t("sellerAuth.loginLead")}</p>
      <LoginForm locale={locale} action={loginSeller} expired={expired === "1"} />
    </section>
  );
}
