"use client";

import { useTranslation } from "@/lib/i18n/client";
import type { Locale } from "@canting/domain";
// The module, not the package index: this is client JavaScript (see lib/catalog/params.ts).
import { isPublicDisplayState } from "@canting/domain/certification";
import type { Translate } from "@/lib/i18n/create";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { FormAlert, useFormAction } from "@/components/forms/form-kit";
import type { SellerCertificate } from "@/lib/trust";
import type { FormAction } from "@/lib/result";

function DeleteButton({ cert, locale, action }: { cert: SellerCertificate; locale: Locale; action: FormAction<{ id: string }> }) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const { state, pending, onSubmit } = useFormAction(action);
  return (
    <form method="post" onSubmit={onSubmit} className="doc__delete">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={cert.id} />
      <button type="submit" className="button button--ghost button--small" disabled={pending}
        aria-label={t("certs:portal.deleteLabel", { number: cert.number })} data-testid="certificate-delete">
        {t("certs:portal.delete")}
      </button>
      <FormAlert state={state} testId="certificate-delete-error" />
    </form>
  );
}

/**
 * What shoppers see of the seller's own certificate: its badge state when Canting verified it;
 * otherwise that it is not shown (a pending claim: declared, waiting for Canting's check).
 */
function shownToShoppers(cert: SellerCertificate, t: Translate): string {
  if (isPublicDisplayState(cert.displayState)) return `${t("certs:portal.shown")}: ${t(`vocab:certDisplayState.${cert.displayState}`)}`;
  return cert.displayState === "seller_declared" ? t("certs:portal.shownDeclared") : t("certs:portal.shownNone");
}

/** The seller's certificates: scheme, subject, number, review status, what shoppers see, the reviewer's note, evidence. */
export function CertificateList({ certificates, locale, deleteAction }: {
  certificates: SellerCertificate[]; locale: Locale; deleteAction: FormAction<{ id: string }>;
}) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  if (certificates.length === 0) return <p className="empty" data-testid="certificates-empty">{t("certs:portal.empty")}</p>;
  return (
    <ul className="docs__list" role="list" data-testid="seller-certificates">
      {certificates.map((cert) => (
        <li key={cert.id} className="doc" data-testid="certificate-row" data-status={cert.status}>
          <p className="doc__kind">{t(`vocab:certScheme.${cert.scheme}`)} · {cert.number}</p>
          <p className="doc__file">{cert.productTitle ?? t(`vocab:certSubject.${cert.subjectType}`)} · {cert.issuer}</p>
          <p className={`doc__state doc__state--${cert.status}`} data-testid="certificate-status">
            {t("certs:portal.status")}: {t(`vocab:certStatus.${cert.status}`)} · {shownToShoppers(cert, t)}
          </p>
          {cert.reviewNote && <p className="doc__note">{t("certs:portal.reviewNote", { note: cert.reviewNote })}</p>}
          {cert.evidence.map((e) => (
            <p key={e.id} className="doc__file">
              <a href={`/${locale}/seller/certifications/evidence/${cert.id}/${e.id}`} target="_blank" rel="noreferrer">{t("certs:portal.evidence")}: {e.filename}</a>
            </p>
          ))}
          {(cert.status === "pending" || cert.status === "rejected") && <DeleteButton cert={cert} locale={locale} action={deleteAction} />}
        </li>
      ))}
    </ul>
  );
}
