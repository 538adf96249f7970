"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { PASSWORD_MIN_LENGTH, type Locale } from "@canting/domain";
import { Field, FieldErrorsProvider, FormAlert, useFormAction } from "@/components/forms/form-kit";
import type { FormAction } from "@/lib/result";

/** A handle suggested from the shop name: "Batik Sekar Jagad" → "batik-sekar-jagad". */
export const suggestHandle = (name: string) =>
  name.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);

/** Seller sign-up: account (email, password) and shop (name, handle, owner, phone) in one form. */
export function RegisterForm({ locale, action }: { locale: Locale; action: FormAction<{ redirectTo: string }> }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const router = useRouter();
  const { state, pending, onSubmit } = useFormAction(action);
  const [handle, setHandle] = useState("");
  const [handleTouched, setHandleTouched] = useState(false);

  useEffect(() => {
    if (state?.ok) {
      router.push(state.data.redirectTo);
      router.refresh();
    }
  }, [state, router]);

  return (
    <form className="portal-form" method="post" onSubmit={onSubmit} noValidate data-testid="seller-register-form">
      <input type="hidden" name="locale" value={locale} />
      <FormAlert state={state} />
      <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined}>
        <fieldset className="portal-form__group">
          <legend>{t("sellerAuth.accountLegend")}</legend>
          <Field name="email" label={t("sellerAuth.email")} type="email" autoComplete="email" inputMode="email" required testId="register-email" />
          <Field name="password" label={t("sellerAuth.password")} hint={t("sellerAuth.passwordHint", { min: PASSWORD_MIN_LENGTH })} type="password"
            autoComplete="new-password" minLength={PASSWORD_MIN_LENGTH} required testId="register-password" />
        </fieldset>
        <fieldset className="portal-form__group">
          <legend>{t("sellerAuth.storeLegend")}</legend>
          <Field name="name" label={t("sellerAuth.storeName")} autoComplete="organization" required maxLength={120} testId="register-store-name"
            onChange={(e) => { if (!handleTouched) setHandle(suggestHandle(e.currentTarget.value)); }} />
          <Field name="handle" label={t("sellerAuth.handle")} hint={t("sellerAuth.handleHint", { handle: handle || "…" })}
            autoCapitalize="none" autoComplete="off" required maxLength={60} value={handle} testId="register-handle"
            onChange={(e) => { setHandleTouched(true); setHandle(e.currentTarget.value.toLowerCase()); }} />
          <Field name="owner_name" label={t("sellerAuth.ownerName")} autoComplete="name" required testId="register-owner-name" />
          <Field name="phone" label={t("sellerAuth.phone")} hint={t("sellerAuth.phoneHint")} type="tel" inputMode="tel"
            autoComplete="tel" required testId="register-phone" />
        </fieldset>
      </FieldErrorsProvider>
      <button type="submit" className="button button--block" disabled={pending} data-testid="register-submit">
        {pending ? t("sellerAuth.submitting") : t("sellerAuth.submitRegister")}
      </button>
      <p className="portal-form__switch">
        {t("sellerAuth.haveAccount")} <Link href={`/${locale}/seller/login`} data-testid="register-login-link">{t("sellerAuth.loginLink")}</Link>
      </p>
    </form>
  );
}
