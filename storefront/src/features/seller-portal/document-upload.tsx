"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import type { Locale } from "@canting/domain";
import { DOCUMENT_ACCEPT, DOCUMENT_KINDS, MAX_DOCUMENT_BYTES, type DocumentKind } from "@/lib/seller-portal/types";
import { Field, FieldErrorsProvider, FormAlert } from "@/components/forms/form-kit";
import type { Result } from "@/lib/result";

type Upload = Result<{ id: string }>;

/** POSTs the form to the storefront's upload route with XHR, reporting progress (fetch cannot). */
function send(data: FormData, onProgress: (percent: number) => void): Promise<Upload> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/seller/documents");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100)); };
    xhr.onload = () => resolve((xhr.response as Upload | null) ?? { ok: false, errorKey: "errors.backendUnavailable" });
    xhr.onerror = () => resolve({ ok: false, errorKey: "errors.backendUnavailable" });
    xhr.send(data);
  });
}

/** Uploads one document (kind + file) with a progress bar; the list above refreshes when it is done. */
export function DocumentUpload({ locale, defaultKind }: { locale: Locale; defaultKind: DocumentKind }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const router = useRouter();
  const [state, setState] = useState<Upload | null>(null);
  const [percent, setPercent] = useState<number | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setState({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { file: "errors:file_required" } });
      return;
    }
    if (file.size > MAX_DOCUMENT_BYTES) {
      setState({ ok: false, errorKey: "errors.sellerInvalidData", fieldErrors: { file: "errors:file_too_large" } });
      return;
    }
    setState(null);
    setPercent(0);
    const result = await send(data, setPercent);
    setPercent(null);
    setState(result);
    if (result.ok) {
      form.reset();
      router.refresh();
    }
  }

  const uploading = percent !== null;
  return (
    <form className="portal-form upload" method="post" encType="multipart/form-data" onSubmit={onSubmit} noValidate data-testid="document-upload-form">
      <h3>{t("sellerPortal.documents.uploadTitle")}</h3>
      <input type="hidden" name="locale" value={locale} />
      <FormAlert state={state} testId="document-upload-error" />
      {state?.ok && <p className="form-alert form-alert--ok" role="status" data-testid="document-uploaded">{t("sellerPortal.documents.uploaded")}</p>}
      <FieldErrorsProvider errors={state && !state.ok ? state.fieldErrors : undefined}>
        <fieldset className="portal-form__fields" disabled={uploading}>
          <Field name="kind" label={t("sellerPortal.documents.kind")} defaultValue={defaultKind} testId="document-kind"
            options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`sellerPortal.documentKind.${k}`) }))} />
          <Field name="file" label={t("sellerPortal.documents.file")} hint={t("sellerPortal.documents.fileHint")} type="file"
            testId="document-file" accept={DOCUMENT_ACCEPT} />
        </fieldset>
      </FieldErrorsProvider>
      {uploading && (
        <div className="upload__progress" role="status" data-testid="document-upload-progress">
          <progress max={100} value={percent} aria-label={t("sellerPortal.documents.progressLabel")} />
          <span>{t("sellerPortal.documents.uploading", { percent })}</span>
        </div>
      )}
      <button type="submit" className="button button--block" disabled={uploading} data-testid="document-upload-submit">
        {t("sellerPortal.documents.upload")}
      </button>
    </form>
  );
}
