"use client";

import { useActionState } from "react";
import { PASSWORD_MIN_LENGTH, type Locale, type PasswordResetActor } from "@canting/domain";
import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { Field, FieldErrorsProvider } from "@/components/forms/form-kit";
import { ShopAlert } from "@/components/forms/shop-alert";
import type { FormAction, Result } from "@/lib/result";

/**
 * The current password, a new one and its confirmation, for a shopper's account or a workshop's
 * portal. Posts without JavaScript too: `action` is a server action. The form empties once saved,
 * so no password stays on the page.
 */
export function ChangePasswordForm({ locale, actor, action }: { locale: Locale; actor: PasswordResetActor; action: FormAction<null> }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const [state, formAction, pending] = useActionState<Result<null> | null, FormData>(action, null);
  return (
    <form className="portal-form" action={formAction} noValidate data-testid="change-password">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="actor" value={actor} />
      {state?.ok && <p className="form-alert form-alert--ok" role="status" data-testid="change-password-done">{t("shop:changePassword.done")}</p>}
      <ShopAlert state={state} testId="change-password-error" />
      <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined}>
        <div className="portal-form__fields">
          <Field name="current_password" type="password" label={t("shop:changePassword.current")} autoComplete="current-password" required testId="current-password" />
          <Field name="new_password" type="password" label={t("shop:changePassword.new")} hint={t("shop:account.passwordHint", { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} testId="new-password" />
          <Field name="new_password_confirm" type="password" label={t("shop:changePassword.confirm")} autoComplete="new-password" required testId="new-password-confirm" />
        </div>
      </FieldErrorsProvider>
      <button type="submit" className="button button--block" disabled={pending} data-testid="change-password-submit">
        {pending ? t("shop:changePassword.saving") : t("shop:changePassword.save")}
      </button>
    </form>
  );
}
