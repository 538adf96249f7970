import type { Translate } from "@/lib/i18n/create";

/** Shown instead of data when the Medusa backend cannot be reached; the page around it still renders. */
export function BackendError({ t, retryHref }: { t: Translate; retryHref: string }) {
  return (
    <section className="notice notice--error" role="alert" data-testid="backend-error">
      <h2>{t("errors.backendUnavailableTitle")}</h2>
      <p>{t("errors.backendUnavailable")}</p>
      <a className="button button--ghost" href={retryHref}>{t("errors.retry")}</a>
    </section>
  );
}
