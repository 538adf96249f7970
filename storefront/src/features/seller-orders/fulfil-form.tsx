"use client";

import { useActionState } from "react";
import { useTranslation } from "@/lib/i18n/client";
import type { Locale } from "@canting/domain";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { Field, FieldErrorsProvider } from "@/components/forms/form-kit";
import { ShopAlert } from "@/components/forms/shop-alert";
import type { FormAction, Result } from "@/lib/result";

/** Tracking number (required), courier and tracking link; a plain form, so it also works without JavaScript. */
export function FulfilForm({ orderId, locale, action }: { orderId: string; locale: Locale; action: FormAction<{ id: string }> }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const [state, formAction, pending] = useActionState<Result<{ id: string }> | null, FormData>(action, null);
  const values = state && !state.ok ? state.values ?? {} : {};
  if (state?.ok) return <p className="form-alert form-alert--ok" role="status" data-testid="fulfil-done">{t("shop:sellerOrders.fulfilled")}</p>;
  return (
    <form className="portal-form" action={formAction} noValidate data-testid="fulfil-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={orderId} />
      <ShopAlert state={state} testId="fulfil-error" />
      <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined}>
        <div className="portal-form__fields" key={JSON.stringify(values)}>
          <Field name="tracking_number" label={t("shop:sellerOrders.trackingNumber")} required autoCapitalize="characters"
            defaultValue={values.tracking_number} testId="fulfil-tracking-number" />
          <Field name="carrier" label={t("shop:sellerOrders.carrier")} hint={t("shop:sellerOrders.carrierHint")} optional
            defaultValue={values.carrier} testId="fulfil-carrier" />
          <Field name="tracking_url" type="url" label={t("shop:sellerOrders.trackingUrl")} optional inputMode="url"
            defaultValue={values.tracking_url} testId="fulfil-tracking-url" placeholder="https://" />
        </div>
      </FieldErrorsProvider>
      <button type="submit" className="button button--block" disabled={pending} data-testid="fulfil-submit">{t("shop:sellerOrders.submit")}</button>
    </form>
  );
}
