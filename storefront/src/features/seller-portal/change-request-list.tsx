"use client";

import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import { IDENTITY_FIELDS, SCALE_BASES, type IdentityField, type Locale, type ScaleBasis } from "@canting/domain";
import { formatPrice } from "@/lib/format";
import type { Translate } from "@/lib/i18n/create";
import type { ChangeRequest } from "@/lib/seller-portal/change-requests";

/** An identity value as a seller reads it: KBLI codes joined, the scale basis labelled, rupiah formatted. */
export function identityValueText(field: IdentityField, value: unknown, t: Translate, locale: Locale): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) {
    return t("sellerPortal.changeRequest.emptyValue");
  }
  if (Array.isArray(value)) return value.join(", ");
  if (field === "scale_basis" && (SCALE_BASES as readonly unknown[]).includes(value)) return t(`sellerPortal.scaleBasis.${value as ScaleBasis}`);
  if (field === "declared_amount_idr" && typeof value === "number") return formatPrice({ amount: value, currency: "idr" }, locale);
  return String(value);
}

const formatDate = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" }).format(new Date(iso));

/** The seller's change requests, newest first: status, each field's old and new value, the reason and the team's note. */
export function ChangeRequestList({ requests }: { requests: ChangeRequest[] }) {
  const { t, locale } = useTranslation(CLIENT_NAMESPACES);
  return (
    <section className="change-requests" aria-labelledby="change-requests-title" data-testid="change-requests">
      <h2 id="change-requests-title">{t("sellerPortal.changeRequest.historyTitle")}</h2>
      {requests.length === 0 ? (
        <p className="empty" data-testid="change-requests-empty">{t("sellerPortal.changeRequest.empty")}</p>
      ) : (
        <ul className="change-requests__list" role="list">
          {requests.map((r) => (
            <li key={r.id} className="change-request" data-testid="change-request" data-status={r.status}>
              <p className={`doc__state doc__state--${r.status}`} data-testid="change-request-status">{t(`sellerPortal.changeRequest.status.${r.status}`)}</p>
              <p className="field__hint" data-testid="change-request-dates">
                {r.createdAt && t("sellerPortal.changeRequest.sentOn", { date: formatDate(r.createdAt, locale) })}
                {r.decidedAt && ` · ${t("sellerPortal.changeRequest.decidedOn", { date: formatDate(r.decidedAt, locale) })}`}
              </p>
              <dl className="change-request__changes">
                {IDENTITY_FIELDS.filter((f) => f in r.changes).map((f) => (
                  <div key={f} data-testid={`change-request-field-${f}`}>
                    <dt>{t(`sellerPortal.field.${f}`)}</dt>
                    <dd>
                      <del data-testid="change-request-old">{identityValueText(f, r.previous[f], t, locale)}</del>
                      {" "}<span aria-hidden="true">→</span><span className="visually-hidden">{t("sellerPortal.changeRequest.changedTo")}</span>{" "}
                      <ins data-testid="change-request-new">{identityValueText(f, r.changes[f], t, locale)}</ins>
                    </dd>
                  </div>
                ))}
              </dl>
              {r.reason && <p data-testid="change-request-reason">{t("sellerPortal.changeRequest.reasonLine", { reason: r.reason })}</p>}
              {r.status !== "pending" && r.decisionNote && (
                <p className={`doc__note doc__note--${r.status}`} data-testid="change-request-note">
                  {t("sellerPortal.changeRequest.decisionNote", { note: r.decisionNote })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
