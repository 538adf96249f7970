import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale, isPasswordResetActor, PASSWORD_RESET_LINK_MINUTES } from "@canting/domain";
import { resetPassword } from "@/lib/actions/password-reset";
import { getTranslator } from "@/lib/i18n/server";
import { ResetPasswordForm } from "@/features/account/password-reset-forms";
import { forgotPathFor } from "@/features/account/password-reset-paths";
import "@/features/seller-portal/seller-portal.css";
import "@/features/cart/shop.css";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[]; actor?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("shop:passwordReset.resetTitle") };
}

/**
 * `/<locale>/reset-password?token=…&actor=customer|seller`, the page the reset email links to.
 * Whether the token is still good only the backend can say (it checks it when the form is sent);
 * a link without a token, or one cut short by a mail program, asks for a new one at once.
 */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const query = await searchParams;
  const actor = isPasswordResetActor(query.actor) ? query.actor : "customer";
  const token = typeof query.token === "string" && query.token.length <= 4096 && /^[\w-]+\.[\w-]+\.[\w-]+$/.test(query.token) ? query.token : null;
  return (
    <div className="shop-page shop-page--narrow">
      <h1>{t("shop:passwordReset.resetTitle")}</h1>
      {token ? (
        <>
          <p className="portal__lead">{t("shop:passwordReset.resetLead", { minutes: PASSWORD_RESET_LINK_MINUTES })}</p>
          <ResetPasswordForm locale={locale} actor={actor} token={token} action={resetPassword} />
        </>
      ) : (
        <div className="portal-form">
          <p className="form-alert" role="alert" data-testid="reset-link-invalid">{t("shop:errors.resetLinkInvalid")}</p>
          <p className="portal-form__switch"><Link href={forgotPathFor(locale, actor)}>{t("shop:passwordReset.requestAgain")}</Link></p>
        </div>
      )}
    </div>
  );
}
