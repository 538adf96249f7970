"use client";

import { useEffect, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import type { Locale } from "@canting/domain";
import { fieldLabel, type LabelT } from "@/lib/seller-portal/missing";
import type { FormStepId } from "@/lib/seller-portal/payload";
import { FieldErrorsProvider, FormAlert, useFormAction } from "@/components/forms/form-kit";
import type { FormAction } from "@/lib/result";

type Props = {
  step: FormStepId;
  locale: Locale;
  nextHref: string;
  action: FormAction<{ intent: "save" | "next" }>;
  /** False while the application is under review, rejected or suspended: the form is shown read-only. */
  editable: boolean;
  /** Inputs with no field in this form, whose errors are listed at the top instead. */
  inputs: readonly string[];
  children: ReactNode;
};

/** One wizard step: its fields, "Save" (stay) and "Save & continue" (next step); every save persists. */
export function StepForm({ step, locale, nextHref, action, editable, inputs, children }: Props) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const router = useRouter();
  const { state, pending, onSubmit } = useFormAction(action);

  useEffect(() => {
    if (state?.ok && state.data.intent === "next") router.push(nextHref);
  }, [state, router, nextHref]);

  const fieldErrors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const stray = Object.entries(fieldErrors).filter(([field]) => !inputs.includes(field));
  return (
    <form className="portal-form" method="post" onSubmit={onSubmit} noValidate data-testid={`onboarding-form-${step}`}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="step" value={step} />
      <FormAlert state={state} />
      {stray.length > 0 && (
        <ul className="form-alert__list" data-testid="form-error-list">
          {stray.map(([field, key]) => <li key={field}>{fieldLabel(t as unknown as LabelT, field)}: {t(key)}</li>)}
        </ul>
      )}
      {state?.ok && state.data.intent === "save" && !pending && (
        <p className="form-alert form-alert--ok" role="status" data-testid="onboarding-saved">{t("sellerPortal.saved")}</p>
      )}
      <FieldErrorsProvider errors={fieldErrors}>
        <fieldset className="portal-form__fields" disabled={!editable || pending}>{children}</fieldset>
      </FieldErrorsProvider>
      {editable && (
        <div className="portal-form__actions">
          <button type="submit" name="intent" value="next" className="button button--block" disabled={pending} data-testid="onboarding-save-next">
            {pending ? t("sellerPortal.saving") : t("sellerPortal.saveNext")}
          </button>
          <button type="submit" name="intent" value="save" className="button button--ghost button--block" disabled={pending} data-testid="onboarding-save">
            {t("sellerPortal.save")}
          </button>
        </div>
      )}
    </form>
  );
}
