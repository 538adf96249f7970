"use client";

import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import type { Locale } from "@canting/domain";
import type { SellerDocument } from "@/lib/seller-portal/types";
import { FormAlert, useFormAction } from "@/components/forms/form-kit";
import type { FormAction } from "@/lib/result";

function DeleteButton({ doc, locale, action }: { doc: SellerDocument; locale: Locale; action: FormAction<{ id: string }> }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const { state, pending, onSubmit } = useFormAction(action);
  return (
    <form method="post" onSubmit={onSubmit} className="doc__delete">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={doc.id} />
      <button type="submit" className="button button--ghost button--small" disabled={pending}
        aria-label={t("sellerPortal.documents.deleteLabel", { name: doc.filename })} data-testid="document-delete">
        {t("sellerPortal.documents.delete")}
      </button>
      <FormAlert state={state} testId="document-delete-error" />
    </form>
  );
}

/**
 * The seller's uploaded documents with the operator's review: state, the rejection note (and what to do
 * about it while documents can still change) and, while editable, a delete button each.
 */
export function DocumentList({ documents, locale, editable, deleteAction }: {
  documents: SellerDocument[]; locale: Locale; editable: boolean; deleteAction: FormAction<{ id: string }>;
}) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  return (
    <section className="docs" aria-labelledby="docs-title" data-testid="seller-documents">
      <h2 id="docs-title">{t("sellerPortal.documents.title")}</h2>
      <p className="field__hint">{t("sellerPortal.documents.required")}</p>
      {documents.length > 0 && (
        <p className="field__hint docs__summary" data-testid="documents-review-summary">
          {t("sellerPortal.documents.reviewSummary", { accepted: documents.filter((d) => d.reviewState === "accepted").length, total: documents.length })}
        </p>
      )}
      {documents.length === 0 ? (
        <p className="empty" data-testid="documents-empty">{t("sellerPortal.documents.empty")}</p>
      ) : (
        <ul className="docs__list" role="list">
          {documents.map((doc) => (
            <li key={doc.id} className="doc" data-testid="document-row" data-kind={doc.kind ?? ""}>
              <p className="doc__kind">{doc.kind ? t(`sellerPortal.documentKind.${doc.kind}`) : doc.filename}</p>
              <p className="doc__file">
                {doc.filename} · {t("sellerPortal.documents.size", { size: Math.max(1, Math.round(doc.size / 1024)) })}
              </p>
              <p className={`doc__state doc__state--${doc.reviewState}`} data-testid="document-review-state">
                {t(`sellerPortal.documents.review.${doc.reviewState}`)}
              </p>
              {doc.reviewNote && (
                <p className={`doc__note doc__note--${doc.reviewState}`} data-testid="document-review-note">
                  {t(doc.reviewState === "rejected" ? "sellerPortal.documents.rejectedNote" : "sellerPortal.documents.reviewNote", { note: doc.reviewNote })}
                </p>
              )}
              {doc.reviewState === "rejected" && editable && (
                <p className="field__hint" data-testid="document-reupload-hint">{t("sellerPortal.documents.reuploadHint")}</p>
              )}
              {editable && <DeleteButton doc={doc} locale={locale} action={deleteAction} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
