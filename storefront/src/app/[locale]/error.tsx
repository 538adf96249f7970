"use client";

import { useTranslation } from "@/lib/i18n/client";

/** Last-resort boundary for unexpected render errors; expected backend outages are handled in the pages. */
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="notice notice--error" role="alert" data-testid="page-error">
      <h1>{t("errors.genericTitle")}</h1>
      <p>{t("errors.genericBody")}</p>
      <button type="button" className="button" onClick={() => retry()}>{t("errors.retry")}</button>
    </section>
  );
}
