"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "@/lib/i18n/client";
import { TRAINING_LEVELS, TRAINING_PROGRAMS, type Locale } from "@canting/domain";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { DOCUMENT_ACCEPT, MAX_DOCUMENT_BYTES } from "@/lib/seller-portal/types";
import { Field, FieldErrorsProvider, FormAlert } from "@/components/forms/form-kit";
import type { Result } from "@/lib/result";

type Claim = Result<{ id: string }>;

/**
 * A seller claims a training badge with evidence; the operator verifies it. Multipart goes through
 * the storefront's `/api/seller/trainings` route (a server action caps bodies at 512 KB).
 */
export function ClaimBadgeForm({ locale, levelLabels }: { locale: Locale; levelLabels: Record<string, string> }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const router = useRouter();
  const [state, setState] = useState<Claim | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return setState({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { file: "errors:file_required" } });
    if (file.size > MAX_DOCUMENT_BYTES) return setState({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { file: "errors:file_too_large" } });
    setPending(true);
    const result = await fetch("/api/seller/trainings", { method: "POST", body: data })
      .then((r) => r.json() as Promise<Claim>)
      .catch((): Claim => ({ ok: false, errorKey: "errors.backendUnavailable" }));
    setPending(false);
    setState(result);
    if (result.ok) {
      form.reset();
      router.refresh();
    }
  }

  return (
    <form className="portal-form" id="claim-badge" method="post" encType="multipart/form-data" onSubmit={onSubmit} noValidate data-testid="claim-badge-form">
      <h2>{t("readinessForms.claimTitle")}</h2>
      <input type="hidden" name="locale" value={locale} />
      <FormAlert state={state} testId="claim-badge-error" />
      {state?.ok && <p className="form-alert form-alert--ok" role="status" data-testid="claim-badge-sent">{t("readinessForms.claimSent")}</p>}
      <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined}>
        <fieldset className="portal-form__fields" disabled={pending}>
          <Field name="program_kind" label={t("readinessForms.programKind")} testId="claim-kind"
            options={TRAINING_PROGRAMS.map((p) => ({ value: p, label: t(`vocab:trainingProgram.${p}`) }))} />
          <Field name="program_name" label={t("readinessForms.programName")} maxLength={200} testId="claim-name" />
          <Field name="organiser" label={t("readinessForms.organiser")} maxLength={200} testId="claim-organiser" />
          <Field name="year" label={t("readinessForms.year")} type="number" inputMode="numeric" min={2000} max={2100} testId="claim-year" />
          <Field name="city" label={t("readinessForms.city")} maxLength={80} optional testId="claim-city" />
          <Field name="level" label={t("readinessForms.level")} testId="claim-level"
            options={TRAINING_LEVELS.map((l) => ({ value: l, label: levelLabels[l] ?? l }))} />
          <Field name="certificate_number" label={t("readinessForms.certificateNumber")} maxLength={80} optional testId="claim-number" />
          <Field name="file" label={t("readinessForms.evidence")} hint={t("readinessForms.evidenceHint")} type="file" accept={DOCUMENT_ACCEPT} testId="claim-file" />
        </fieldset>
      </FieldErrorsProvider>
      <button type="submit" className="button" disabled={pending} data-testid="claim-badge-submit">{t("readinessForms.claimSubmit")}</button>
    </form>
  );
}
