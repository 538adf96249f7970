"use client";

import { useActionState } from "react";
import Link from "next/link";
import { PASSWORD_MIN_LENGTH, PASSWORD_RESET_LINK_MINUTES, type Locale, type PasswordResetActor } from "@canting/domain";
import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { Field, FieldErrorsProvider } from "@/components/forms/form-kit";
import { ShopAlert } from "@/components/forms/shop-alert";
import type { FormAction, Result } from "@/lib/result";
import { forgotPathFor, loginPathFor } from "./password-reset-paths";

type Action = FormAction<null>;
type Props = { locale: Locale; actor: PasswordResetActor; action: Action };

/**
 * Asks for a reset link. Once sent it says the same whatever the address (whether it has an
 * account is not for this page to tell). Posts without JavaScript too: `action` is a server action.
 */
export function ForgotPasswordForm({ locale, actor, action }: Props) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const [state, formAction, pending] = useActionState<Result<null> | null, FormData>(action, null);
  if (state?.ok) {
    return (
      <div className="portal-form">
        <p className="form-alert form-alert--ok" role="status" data-testid="reset-sent">{t("shop:passwordReset.sent", { minutes: PASSWORD_RESET_LINK_MINUTES })}</p>
        <p className="portal-form__switch"><Link href={loginPathFor(locale, actor)}>{t("shop:passwordReset.backToLogin")}</Link></p>
      </div>
    );
  }
  const values = state && !state.ok ? state.values ?? {} : {};
  return (
    <form className="portal-form" action={formAction} noValidate data-testid="forgot-password">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="actor" value={actor} />
      <ShopAlert state={state} testId="forgot-error" />
      <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined}>
        <div className="portal-form__fields" key={JSON.stringify(values)}>
          <Field name="email" type="email" label={t("shop:passwordReset.email")} autoComplete="email" inputMode="email" required defaultValue={values.email} testId="forgot-email" />
        </div>
      </FieldErrorsProvider>
      <button type="submit" className="button button--block" disabled={pending} data-testid="forgot-submit">
        {pending ? t("shop:passwordReset.sending") : t("shop:passwordReset.send")}
      </button>
      <p className="portal-form__switch"><Link href={loginPathFor(locale, actor)}>{t("shop:passwordReset.backToLogin")}</Link></p>
    </form>
  );
}

/**
 * The new password and its confirmation, with the emailed token carried in a hidden field (the
 * page puts it there from the link). Done: a link to the right login page; a refused token: a link
 * to ask for a new one.
 */
export function ResetPasswordForm({ locale, actor, action, token }: Props & { token: string }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const [state, formAction, pending] = useActionState<Result<null> | null, FormData>(action, null);
  if (state?.ok) {
    return (
      <div className="portal-form">
        <p className="form-alert form-alert--ok" role="status" data-testid="reset-done">{t("shop:passwordReset.done")}</p>
        <p className="portal-form__switch">
          <Link href={loginPathFor(locale, actor)} data-testid="reset-login-link">
            {actor === "seller" ? t("shop:passwordReset.loginSeller") : t("shop:passwordReset.loginCustomer")}
          </Link>
        </p>
      </div>
    );
  }
  const linkRefused = state && !state.ok && state.errorKey === "shop:errors.resetLinkInvalid";
  return (
    <form className="portal-form" action={formAction} noValidate data-testid="reset-password">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="actor" value={actor} />
      <input type="hidden" name="token" value={token} />
      <ShopAlert state={state} testId="reset-error" />
      {linkRefused && <p className="portal-form__switch"><Link href={forgotPathFor(locale, actor)} data-testid="reset-request-again">{t("shop:passwordReset.requestAgain")}</Link></p>}
      <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined}>
        <div className="portal-form__fields">
          <Field name="password" type="password" label={t("shop:passwordReset.newPassword")} hint={t("shop:account.passwordHint", { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} testId="reset-new-password" />
          <Field name="password_confirm" type="password" label={t("shop:passwordReset.confirmPassword")} autoComplete="new-password" required testId="reset-confirm-password" />
        </div>
      </FieldErrorsProvider>
      <button type="submit" className="button button--block" disabled={pending} data-testid="reset-submit">
        {pending ? t("shop:passwordReset.saving") : t("shop:passwordReset.save")}
      </button>
    </form>
  );
}
