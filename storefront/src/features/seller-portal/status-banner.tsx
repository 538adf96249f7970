import Link from "next/link";
import type { Locale, SellerStatus } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";

type Props = {
  status: SellerStatus;
  /** The operator's reason for the current status (changes requested, rejected, suspended), if known. */
  note: string | null;
  handle: string;
  locale: Locale;
  t: Translate;
  /** Where "continue" points for a draft, usually the first incomplete step. */
  continueHref?: string;
};

function Note({ status, note, t }: Pick<Props, "status" | "note" | "t">) {
  if (status === "changes_requested") {
    return note
      ? <div className="banner__note" data-testid="status-note"><strong>{t("sellerPortal.status.changes_requested.notesLabel")}</strong> <q>{note}</q></div>
      : <p data-testid="status-note">{t("sellerPortal.status.changes_requested.noNotes")}</p>;
  }
  if (status === "rejected" || status === "suspended") {
    return note
      ? <div className="banner__note" data-testid="status-note"><strong>{t(`sellerPortal.status.${status}.reasonLabel`)}</strong> <q>{note}</q></div>
      : <p data-testid="status-note">{t(`sellerPortal.status.${status}.noReason`)}</p>;
  }
  return null;
}

/** What the seller's application status means for them right now, and what to do next. */
export function StatusBanner({ status, note, handle, locale, t, continueHref }: Props) {
  return (
    <section className={`banner banner--${status}`} role="status" data-testid="seller-status-banner" data-status={status}>
      <p className="banner__label">{t("sellerPortal.statusLabel", { status: t(`vocab:sellerStatus.${status}`) })}</p>
      <h2 className="banner__title">{t(`sellerPortal.status.${status}.title`)}</h2>
      <p>{t(`sellerPortal.status.${status}.body`)}</p>
      <Note status={status} note={note} t={t} />
      {continueHref && (status === "draft" || status === "changes_requested") && (
        <Link className="button" href={continueHref} data-testid="status-continue">{t("sellerPortal.continue")}</Link>
      )}
      {status === "approved" && handle && (
        <Link className="button button--ghost" href={`/${locale}/sellers/${encodeURIComponent(handle)}`} data-testid="status-view-profile">
          {t("sellerPortal.status.approved.viewProfile")}
        </Link>
      )}
    </section>
  );
}
