"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "@/lib/i18n/client";
import { BATIKMARK_TYPES, CERT_SCHEMES, CERT_SCHEME_RULES, CERT_SUBJECT_TYPES, type CertScheme, type Locale } from "@canting/domain";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { Field, FieldError, FieldErrorsProvider, FormAlert } from "@/components/forms/form-kit";
import type { Result } from "@/lib/result";

type Saved = Result<{ id: string }>;

/** A controlled select in the portal's field markup (the shared Field's select is uncontrolled). */
function ChoiceSelect({ name, label, value, options, onChange, testId }: {
  name: string; label: string; value: string; testId: string;
  options: { value: string; label: string }[]; onChange: (value: string) => void;
}) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const id = `certificate-${name}`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>{label}</label>
      <select id={id} name={name} className="field__control" value={value} onChange={(e) => onChange(e.currentTarget.value)}
        aria-describedby={`${id}-error`} data-testid={testId}>
        <option value="">{t("sellerPortal.choose")}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      <FieldError name={name} id={`${id}-error`} />
    </div>
  );
}

/** POSTs the claim to the portal's upload route with XHR, so large evidence files are not capped at 512 KB. */
function send(url: string, data: FormData): Promise<Saved> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "json";
    xhr.onload = () => resolve((xhr.response as Saved | null) ?? { ok: false, errorKey: "errors.backendUnavailable" });
    xhr.onerror = () => resolve({ ok: false, errorKey: "errors.backendUnavailable" });
    xhr.send(data);
  });
}

/**
 * A certificate claim: scheme, subject (a product or the workshop), issuer, number, dates and
 * evidence files. The form offers only what the scheme allows; the backend checks every rule.
 */
export function CertificateForm({ locale, products }: { locale: Locale; products: { id: string; title: string }[] }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const router = useRouter();
  const [scheme, setScheme] = useState<CertScheme | "">("");
  const [subject, setSubject] = useState<string>("");
  const [state, setState] = useState<Saved | null>(null);
  const [sending, setSending] = useState(false);
  const rule = scheme ? CERT_SCHEME_RULES[scheme] : null;
  const subjects = rule ? rule.subjects : CERT_SUBJECT_TYPES;
  const forProduct = (subject || (subjects.length === 1 ? subjects[0] : "")) === "product";

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setSending(true);
    const result = await send(`/${locale}/seller/certifications/upload`, new FormData(form));
    setSending(false);
    setState(result);
    if (result.ok) {
      form.reset();
      setScheme("");
      setSubject("");
      router.refresh();
    }
  }

  return (
    <form className="portal-form" method="post" encType="multipart/form-data" onSubmit={onSubmit} noValidate data-testid="certificate-form">
      <h2>{t("certs:portal.addTitle")}</h2>
      <FormAlert state={state} testId="certificate-form-error" />
      {state?.ok && <p className="form-alert form-alert--ok" role="status" data-testid="certificate-added">{t("certs:portal.added")}</p>}
      <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined}>
        <fieldset className="portal-form__fields" disabled={sending}>
          <ChoiceSelect name="scheme" label={t("certs:portal.scheme")} testId="certificate-scheme" value={scheme}
            onChange={(value) => { setScheme(value as CertScheme | ""); setSubject(""); }}
            options={CERT_SCHEMES.map((s) => ({ value: s, label: t(`vocab:certScheme.${s}`) }))} />
          <ChoiceSelect name="subject_type" label={t("certs:portal.subject")} testId="certificate-subject"
            value={subject || (subjects.length === 1 ? subjects[0] : "")} onChange={setSubject}
            options={subjects.map((s) => ({ value: s, label: t(`vocab:certSubject.${s}`) }))} />
          {forProduct && (
            <Field name="product_id" label={t("certs:portal.product")} hint={t("certs:portal.productHint")} testId="certificate-product"
              options={products.map((p) => ({ value: p.id, label: p.title }))} />
          )}
          {scheme === "batikmark" && (
            <Field name="batikmark_type" label={t("certs:portal.batikmarkType")} testId="certificate-batikmark-type"
              options={BATIKMARK_TYPES.map((b) => ({ value: b, label: t(`vocab:batikmarkType.${b}`) }))} />
          )}
          <Field name="issuer" label={t("certs:portal.issuer")} testId="certificate-issuer" maxLength={200} />
          <Field name="number" label={t("certs:portal.number")} testId="certificate-number" maxLength={100} />
          <Field name="standard" label={t("certs:portal.standard")} optional testId="certificate-standard" maxLength={200} />
          <Field name="issued_at" label={t("certs:portal.issuedAt")} optional type="date" testId="certificate-issued" />
          <Field name="expires_at" label={t("certs:portal.expiresAt")} optional={rule ? !rule.expiryRequired : true}
            hint={t("certs:portal.expiresHint")} type="date" testId="certificate-expires" />
          <Field name="notes" label={t("certs:portal.notes")} optional multiline rows={3} maxLength={2000} testId="certificate-notes" />
          <div className="field">
            <label className="field__label" htmlFor="certificate-files">{t("certs:portal.files")}</label>
            <p className="field__hint">{t("certs:portal.filesHint")}</p>
            <input id="certificate-files" className="field__control" type="file" name="files" multiple
              accept="application/pdf,image/jpeg,image/png,image/webp" data-testid="certificate-files" />
            <FieldError name="files" id="certificate-files-error" />
          </div>
        </fieldset>
      </FieldErrorsProvider>
      <button type="submit" className="button button--block" disabled={sending} data-testid="certificate-submit">
        {sending ? t("certs:portal.sending") : t("certs:portal.submit")}
      </button>
    </form>
  );
}
