import Link from "next/link";
import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import type { LabelT } from "@/lib/seller-portal/missing";
import { ONBOARDING_STEPS, type Onboarding } from "@/lib/seller-portal/types";
import { MissingList } from "./missing-list";

/** The portal home's checklist: each wizard step, whether it is complete, what it misses, and a link to it. */
export function OnboardingSummary({ onboarding, locale, t, editable }: { onboarding: Onboarding; locale: Locale; t: Translate; editable: boolean }) {
  const byId = new Map(onboarding.steps.map((s) => [s.id, s]));
  const done = ONBOARDING_STEPS.filter((id) => byId.get(id)?.complete).length;
  return (
    <section className="checklist" aria-labelledby="checklist-title" data-testid="onboarding-summary">
      <div className="section__head">
        <h2 id="checklist-title">{t("sellerPortal.stepsTitle")}</h2>
        <p data-testid="onboarding-done">{t("sellerPortal.stepsDone", { done, total: ONBOARDING_STEPS.length })}</p>
      </div>
      <ol className="checklist__list">
        {ONBOARDING_STEPS.map((id, i) => {
          const step = byId.get(id);
          const complete = step?.complete ?? false;
          const name = t(`sellerPortal.step.${id}`);
          return (
            <li key={id} className={complete ? "checklist__item checklist__item--done" : "checklist__item"} data-testid={`onboarding-step-${id}`} data-complete={String(complete)}>
              <div className="checklist__head">
                <span className="checklist__number" aria-hidden="true">{complete ? "✓" : i + 1}</span>
                <h3>{name}</h3>
                <span className="checklist__state">{t(complete ? "sellerPortal.stepComplete" : "sellerPortal.stepIncomplete")}</span>
              </div>
              {!complete && step && step.missing.length > 0 && (
                <div className="checklist__missing">
                  <p>{t("sellerPortal.stepMissing")}</p>
                  <MissingList missing={step.missing} t={t as unknown as LabelT} testId={`missing-${id}`} />
                </div>
              )}
              <Link className="button button--ghost button--small" href={`/${locale}/seller/onboarding/${id}`} data-testid={`onboarding-step-link-${id}`}>
                {editable ? t(complete ? "sellerPortal.stepEdit" : "sellerPortal.stepOpen", { step: name }) : t("sellerPortal.review")}
              </Link>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
