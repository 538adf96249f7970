import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { registerSeller } from "@/lib/actions/seller-auth";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { RegisterForm } from "@/features/seller-portal/register-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("sellerAuth.registerTitle"), alternates: localeAlternates(locale, "/seller/register") };
}

export default async function SellerRegisterPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  return (
    <section className="portal portal--narrow">
      <h1>{t("sellerAuth.registerTitle")}</h1>
      <p className="portal__lead">{t("sellerAuth.registerLead")}</p>
      <RegisterForm locale={locale} action={registerSeller} />
    </section>
  );
}
