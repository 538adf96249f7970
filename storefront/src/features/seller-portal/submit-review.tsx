"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "@/lib/i18n/client";
import { CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import type { Locale } from "@canting/domain";
import type { LabelT } from "@/lib/seller-portal/missing";
import { FormAlert, useFormAction } from "@/components/forms/form-kit";
import { MissingList } from "./missing-list";
import type { FormAction } from "@/lib/result";

/** The wizard's last action: submit for review; on a 400 the backend's `missing` list is shown, translated. */
export function SubmitReview({ locale, action, missing }: {
  locale: Locale; action: FormAction<{ status: string }>;
  /** What onboarding already reports as missing, shown before the first attempt. */
  missing: string[];
}) {
  const { t } = useTranslation(CLIENT_NAMESPACES);
  const router = useRouter();
  const { state, pending, onSubmit } = useFormAction(action);

  useEffect(() => {
    if (state?.ok) router.push(`/${locale}/seller`);
  }, [state, router, locale]);

  const shown = state && !state.ok ? state.missing ?? [] : missing;
  return (
    <section className="submit-review" aria-labelledby="submit-title" data-testid="submit-review">
      <h2 id="submit-title">{t("sellerPortal.submit.title")}</h2>
      <p>{t("sellerPortal.submit.body")}</p>
      <form method="post" onSubmit={onSubmit}>
        <input type="hidden" name="locale" value={locale} />
        <FormAlert state={state} testId="submit-error" />
        {shown.length > 0 && (
          <div className="submit-review__missing">
            <p>{t("sellerPortal.submit.missingTitle")}</p>
            <MissingList missing={shown} t={t as unknown as LabelT} testId="submit-missing" />
          </div>
        )}
        <button type="submit" className="button button--block" disabled={pending} data-testid="seller-submit-review">
          {pending ? t("sellerPortal.submit.submitting") : t("sellerPortal.submit.button")}
        </button>
      </form>
    </section>
  );
}
