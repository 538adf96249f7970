import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale } from "@canting/domain";
import { changePassword } from "@/lib/actions/change-password";
import { requireCustomer } from "@/lib/data/customer";
import { getTranslator } from "@/lib/i18n/server";
import { attempt } from "@/lib/result";
import { BackendError } from "@/components/backend-error";
import { ChangePasswordForm } from "@/components/forms/change-password-form";
import "@/features/seller-portal/seller-portal.css";
import "@/features/cart/shop.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("shop:changePassword.title"), robots: { index: false, follow: false } };
}

/** The signed-in shopper changes its password; a signed-out visitor is sent to log in first. */
export default async function CustomerPasswordPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const signedIn = await attempt(requireCustomer(locale));
  if (!signedIn.ok) return <BackendError t={t} retryHref={`/${locale}/account/password`} />;
  return (
    <div className="shop-page shop-page--narrow">
      <h1>{t("shop:changePassword.title")}</h1>
      <p className="portal__lead">{t("shop:changePassword.lead")}</p>
      <ChangePasswordForm locale={locale} actor="customer" action={changePassword} />
      <p className="portal-form__switch"><Link href={`/${locale}/account`}>{t("shop:account.title")}</Link></p>
    </div>
  );
}
