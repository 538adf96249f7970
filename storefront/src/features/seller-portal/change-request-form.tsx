"use client";

import Link from "next/link";
import { useId } from "react";
import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { IDENTITY_FIELDS, SCALE_BASES, type IdentityField, type Locale } from "@canting/domain";
import { identityValues } from "@/lib/seller-portal/change-requests";
import type { SellerAccount, SellerDocument } from "@/lib/seller-portal/types";
import { ChoiceGroup, Field, FieldError, FieldErrorsProvider, FormAlert, useFieldError, useFormAction } from "@/components/forms/form-kit";
import { identityValueText } from "./change-request-list";
import type { FormAction } from "@/lib/result";

const inputValue = (v: unknown) => (Array.isArray(v) ? v.join(", ") : v === null || v === undefined ? "" : String(v));

/** One locked field: a box to tick it and, once ticked (CSS only, so it works without JavaScript), its new value. */
function ChangeField({ field, current }: { field: IdentityField; current: unknown }) {
  const { t, locale } = useTranslation(CLIENT_NAMESPACES);
  const label = t(`sellerPortal.field.${field}`);
  // After a refused submit without JavaScript the page is drawn anew: keep the fields with errors ticked.
  const error = useFieldError(field);
  return (
    <div className="change-field" data-testid={`change-field-${field}`}>
      <label className="choice">
        <input type="checkbox" name="fields" value={field} defaultChecked={Boolean(error)} data-testid={`change-pick-${field}`} />
        <span>{label}</span>
      </label>
      <div className="change-field__new">
        <Field name={field} label={t("sellerPortal.changeRequest.newValue", { field: label })}
          hint={t("sellerPortal.changeRequest.current", { value: identityValueText(field, current, t, locale) })}
          defaultValue={inputValue(current)} testId={`change-input-${field}`}
          options={field === "scale_basis" ? SCALE_BASES.map((b) => ({ value: b, label: t(`sellerPortal.scaleBasis.${b}`) })) : undefined}
          inputMode={["nib", "npwp", "kbli", "declared_amount_idr", "postcode"].includes(field) ? "numeric" : undefined}
          autoCapitalize={field === "handle" ? "none" : undefined} autoComplete="off" />
      </div>
    </div>
  );
}

type Props = { seller: SellerAccount; documents: SellerDocument[]; locale: Locale; action: FormAction<{ id: string }> };

/**
 * Asks the Canting team to change verified identity fields: which ones, their new values, why, and
 * which documents already uploaded prove it. Only the ticked fields are sent.
 */
export function ChangeRequestForm({ seller, documents, locale, action }: Props) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const { state, pending, onSubmit, formAction } = useFormAction(action);
  const id = useId();
  const current = identityValues(seller);
  const fieldsError = state && !state.ok && state.fieldErrors?.fields;
  return (
    <form className="portal-form" action={formAction} onSubmit={onSubmit} noValidate data-testid="change-request-form">
      <h2>{t("sellerPortal.changeRequest.formTitle")}</h2>
      <input type="hidden" name="locale" value={locale} />
      <FormAlert state={state} testId="change-request-error" />
      <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined}>
        <fieldset className="portal-form__fields" disabled={pending}>
          <fieldset className={fieldsError ? "choices field--invalid" : "choices"} data-testid="change-request-fields"
            aria-describedby={fieldsError ? `${id}-hint ${id}-error` : `${id}-hint`}>
            <legend className="field__label">{t("sellerPortal.changeRequest.fieldsLegend")}</legend>
            <p className="field__hint" id={`${id}-hint`}>{t("sellerPortal.changeRequest.fieldsHint")}</p>
            <FieldError name="fields" id={`${id}-error`} />
            {IDENTITY_FIELDS.map((f) => <ChangeField key={f} field={f} current={current[f]} />)}
          </fieldset>
          <Field name="reason" label={t("sellerPortal.changeRequest.reason")} hint={t("sellerPortal.changeRequest.reasonHint")}
            multiline rows={4} maxLength={1000} required testId="change-request-reason" />
          {documents.length > 0 ? (
            <ChoiceGroup name="document_ids" type="checkbox" legend={t("sellerPortal.changeRequest.documentsLegend")}
              hint={t("sellerPortal.changeRequest.documentsHint")} checked={[]} testId="change-request-documents"
              options={documents.map((d) => ({ value: d.id, label: d.kind ? `${t(`sellerPortal.documentKind.${d.kind}`)} · ${d.filename}` : d.filename }))} />
          ) : (
            <p className="field__hint" data-testid="change-request-no-documents">{t("sellerPortal.changeRequest.documentsEmpty")}</p>
          )}
          <p className="field__hint">
            <Link href={`/${locale}/seller/onboarding/documents`} data-testid="change-request-upload">{t("sellerPortal.changeRequest.uploadDocument")}</Link>
          </p>
        </fieldset>
      </FieldErrorsProvider>
      <button type="submit" className="button button--block" disabled={pending} data-testid="change-request-submit">
        {pending ? t("sellerPortal.changeRequest.sending") : t("sellerPortal.changeRequest.submit")}
      </button>
    </form>
  );
}
