import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { registerCustomer } from "@/lib/actions/customer";
import { getTranslator } from "@/lib/i18n/server";
import { localeAlternates } from "@/lib/metadata";
import { CustomerRegisterForm } from "@/features/account/account-forms";
import "@/features/seller-portal/seller-portal.css";
import "@/features/cart/shop.css";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("shop:account.registerTitle"), alternates: localeAlternates(locale, "/account/register"), robots: { index: false } };
}

export default async function CustomerRegisterPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  return (
    <div className="shop-page shop-page--narrow">
      <h1>{t("shop:account.registerTitle")}</h1>
      <p className="portal__lead">{t("shop:account.registerLead")}</p>
      <CustomerRegisterForm locale={locale} action={registerCustomer} />
    </div>
  );
}
