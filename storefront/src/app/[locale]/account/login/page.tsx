import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { loginCustomer } from "@/lib/actions/customer";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { CustomerLoginForm } from "@/features/account/account-forms";
import "@/features/seller-portal/seller-portal.css";
import "@/features/cart/shop.css";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ expired?: string; next?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("shop:account.loginTitle"), alternates: localeAlternates(locale, "/account/login"), robots: { index: false } };
}

export default async function CustomerLoginPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { expired, next } = await searchParams;
  const t = getTranslator(locale);
  return (
    <div className="shop-page shop-page--narrow">
      <h1>{t("shop:account.loginTitle")}</h1>
      <p className="portal__lead">{t("shop:account.loginLead")}</p>
      {expired && <p className="form-alert form-alert--info" role="status">{t("shop:errors.sessionExpired")}</p>}
      <CustomerLoginForm locale={locale} action={loginCustomer} next={next} />
    </div>
  );
}
