"use client";

import { useEffect } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import type { Locale } from "@canting/domain";
import { Field, FieldErrorsProvider, FormAlert, useFormAction } from "@/components/forms/form-kit";
import type { FormAction } from "@/lib/result";

/** Seller login; `expired` explains why a seller was sent here from the portal. */
export function LoginForm({ locale, action, expired = false }: { locale: Locale; action: FormAction<{ redirectTo: string }>; expired?: boolean }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const router = useRouter();
  const { state, pending, onSubmit } = useFormAction(action);

  useEffect(() => {
    if (state?.ok) {
      router.push(state.data.redirectTo);
      router.refresh();
    }
  }, [state, router]);

  return (
    <form className="portal-form" method="post" onSubmit={onSubmit} noValidate data-testid="seller-login-form">
      <input type="hidden" name="locale" value={locale} />
      {expired && !state && <p className="form-alert form-alert--info" role="status" data-testid="session-expired">{t("sellerAuth.sessionExpired")}</p>}
      <FormAlert state={state} />
      <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined}>
        <Field name="email" label={t("sellerAuth.email")} type="email" autoComplete="email" inputMode="email" required testId="login-email" />
        <Field name="password" label={t("sellerAuth.password")} type="password" autoComplete="current-password" required testId="login-password" />
      </FieldErrorsProvider>
      <button type="submit" className="button button--block" disabled={pending} data-testid="login-submit">
        {pending ? t("sellerAuth.submitting") : t("sellerAuth.submitLogin")}
      </button>
      <p className="portal-form__switch">
        <Link href={`/${locale}/seller/forgot-password`} data-testid="login-forgot-link">{t("shop:passwordReset.forgotLink")}</Link>
      </p>
      <p className="portal-form__switch">
        {t("sellerAuth.noAccount")} <Link href={`/${locale}/seller/register`} data-testid="login-register-link">{t("sellerAuth.registerLink")}</Link>
      </p>
    </form>
  );
}
