"use client";

import { useTranslation } from "@/lib/i18n/client";
import { EXPORT_EXPERIENCE, type Locale } from "@canting/domain";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { saveExportProfile } from "@/lib/actions/seller-readiness";
import type { ExportProfile } from "@/lib/seller-portal/types";
import { Field, FieldErrorsProvider, FormAlert, useFormAction } from "@/components/forms/form-kit";

const BOXES = [
  ["cross_border_payment", "crossBorderPayment"], ["knows_ska", "knowsSka"], ["moq_and_tiers", "moqAndTiers"],
  ["incoterm_quote", "incotermQuote"], ["trade_fair", "tradeFair"],
] as const;

/** The seller's self-declared export answers (rubric A4, A5, B6, C3, E2, E3): Canting cannot verify them yet, so they earn half points. */
export function ExportAnswersForm({ locale, profile }: { locale: Locale; profile: ExportProfile }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const { state, pending, onSubmit } = useFormAction(saveExportProfile);
  return (
    <form className="portal-form" id="export-answers" onSubmit={onSubmit} noValidate data-testid="export-answers-form">
      <h2>{t("readinessForms.answersTitle")}</h2>
      <p className="field__hint">{t("readinessForms.answersIntro")}</p>
      <input type="hidden" name="locale" value={locale} />
      <FormAlert state={state} testId="export-answers-error" />
      {state?.ok && <p className="form-alert form-alert--ok" role="status" data-testid="export-answers-saved">{t("readinessForms.answersSaved")}</p>}
      <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined}>
        <fieldset className="portal-form__fields" disabled={pending}>
          {BOXES.map(([name, label]) => (
            <label key={name} className="choice">
              <input type="checkbox" name={name} defaultChecked={profile[name] === true} data-testid={`export-${name}`} />
              <span>{t(`readinessForms.${label}`)}</span>
            </label>
          ))}
          <Field name="sample_days" label={t("readinessForms.sampleDays")} type="number" inputMode="numeric" min={1} max={365}
            defaultValue={profile.sample_days ?? ""} optional testId="export-sample-days" />
          <Field name="export_experience" label={t("readinessForms.exportExperience")} defaultValue={profile.export_experience ?? ""}
            options={EXPORT_EXPERIENCE.map((e) => ({ value: e, label: t(`readinessForms.experience.${e}`) }))} testId="export-experience" />
        </fieldset>
      </FieldErrorsProvider>
      <button type="submit" className="button" disabled={pending} data-testid="export-answers-submit">{t("readinessForms.answersSave")}</button>
    </form>
  );
}
