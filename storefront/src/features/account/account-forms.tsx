"use client";

import { useActionState } from "react";
import Link from "next/link";
import { useTranslation } from "@/lib/i18n/client";
import { PASSWORD_MIN_LENGTH, type AddressForm, type Locale } from "@canting/domain";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { Field, FieldErrorsProvider } from "@/components/forms/form-kit";
import { ShopAlert } from "@/components/forms/shop-alert";
import { AddressFields } from "@/components/forms/address-fields";
import type { FormAction, Result } from "@/lib/result";

type Action = FormAction<null>;
const useShopForm = (action: Action) => useActionState<Result<null> | null, FormData>(action, null);
const failedValues = (state: Result<null> | null) => (state && !state.ok ? state.values ?? {} : {});

/** Email and password; `next` returns the shopper where they came from (e.g. the checkout). */
export function CustomerLoginForm({ locale, action, next }: { locale: Locale; action: Action; next?: string }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const [state, formAction, pending] = useShopForm(action);
  const values = failedValues(state);
  return (
    <form className="portal-form" action={formAction} noValidate data-testid="customer-login">
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <ShopAlert state={state} testId="login-error" />
      <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined}>
        <div className="portal-form__fields" key={JSON.stringify(values)}>
          <Field name="email" type="email" label={t("shop:account.email")} autoComplete="email" required defaultValue={values.email} testId="login-email" />
          <Field name="password" type="password" label={t("shop:account.password")} autoComplete="current-password" required testId="login-password" />
        </div>
      </FieldErrorsProvider>
      <button type="submit" className="button button--block" disabled={pending} data-testid="login-submit">{t("shop:account.login")}</button>
      <p className="portal-form__switch"><Link href={`/${locale}/account/forgot-password`} data-testid="login-forgot-link">{t("shop:passwordReset.forgotLink")}</Link></p>
      <p className="portal-form__switch"><Link href={`/${locale}/account/register`}>{t("shop:account.noAccount")}</Link></p>
    </form>
  );
}

export function CustomerRegisterForm({ locale, action }: { locale: Locale; action: Action }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const [state, formAction, pending] = useShopForm(action);
  const values = failedValues(state);
  return (
    <form className="portal-form" action={formAction} noValidate data-testid="customer-register">
      <input type="hidden" name="locale" value={locale} />
      <ShopAlert state={state} testId="register-error" />
      <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined}>
        <div className="portal-form__fields" key={JSON.stringify(values)}>
          <Field name="first_name" label={t("shop:account.firstName")} autoComplete="given-name" required defaultValue={values.first_name} testId="register-first-name" />
          <Field name="last_name" label={t("shop:account.lastName")} autoComplete="family-name" optional defaultValue={values.last_name} testId="register-last-name" />
          <Field name="email" type="email" label={t("shop:account.email")} autoComplete="email" required defaultValue={values.email} testId="register-email" />
          <Field name="password" type="password" label={t("shop:account.password")} hint={t("shop:account.passwordHint", { min: PASSWORD_MIN_LENGTH })} autoComplete="new-password"
            required minLength={PASSWORD_MIN_LENGTH} testId="register-password" />
        </div>
      </FieldErrorsProvider>
      <button type="submit" className="button button--block" disabled={pending} data-testid="register-submit">{t("shop:account.register")}</button>
      <p className="portal-form__switch"><Link href={`/${locale}/account/login`}>{t("shop:account.haveAccount")}</Link></p>
    </form>
  );
}

/** A new address for the account, in the Indonesian or the international form. */
export function AddAddressForm({ form, countries, locale, action }: { form: AddressForm; countries: string[]; locale: Locale; action: Action }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const [state, formAction, pending] = useShopForm(action);
  return (
    <form className="portal-form" action={formAction} noValidate data-testid="address-add">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="form" value={form} />
      <input type="hidden" name="countries" value={countries.join(",")} />
      <ShopAlert state={state} testId="address-add-error" />
      <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined}>
        <AddressFields form={form} values={failedValues(state)} countries={countries} locale={locale} />
      </FieldErrorsProvider>
      <button type="submit" className="button button--block" disabled={pending} data-testid="address-add-submit">{t("shop:account.saveAddress")}</button>
      {state?.ok && <p className="form-alert form-alert--ok" role="status" data-testid="address-saved">{t("shop:account.addressSaved")}</p>}
    </form>
  );
}
