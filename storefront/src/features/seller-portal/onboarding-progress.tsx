import Link from "next/link";
import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import { ONBOARDING_STEPS, type OnboardingStep, type OnboardingStepId } from "@/lib/seller-portal/types";

/** Wizard steps as numbered links that fit a 360 px phone: one row of circles, the current step named below. */
export function OnboardingProgress({ steps, current, locale, t }: {
  steps: OnboardingStep[]; current: OnboardingStepId; locale: Locale; t: Translate;
}) {
  const complete = new Set(steps.filter((s) => s.complete).map((s) => s.id));
  const index = ONBOARDING_STEPS.indexOf(current);
  return (
    <nav className="progress" aria-label={t("sellerPortal.progress.label")} data-testid="onboarding-progress">
      <ol className="progress__list">
        {ONBOARDING_STEPS.map((id, i) => {
          const isCurrent = id === current;
          const state = isCurrent ? "current" : complete.has(id) ? "complete" : "incomplete";
          const stateText = [isCurrent && t("sellerPortal.progress.current"),
            t(complete.has(id) ? "sellerPortal.progress.complete" : "sellerPortal.progress.incomplete")].filter(Boolean).join(", ");
          return (
            <li key={id} className={`progress__item progress__item--${state}${complete.has(id) ? " progress__item--done" : ""}`}>
              <Link
                href={`/${locale}/seller/onboarding/${id}`}
                className="progress__link"
                aria-current={isCurrent ? "step" : undefined}
                aria-label={t("sellerPortal.progress.linkLabel", { number: i + 1, step: t(`sellerPortal.step.${id}`), state: stateText })}
                data-testid={`progress-step-${id}`}
                data-complete={complete.has(id) ? "true" : "false"}
              >
                <span aria-hidden="true">{complete.has(id) && !isCurrent ? "✓" : i + 1}</span>
                <span className="progress__name" aria-hidden="true">{t(`sellerPortal.step.${id}`)}</span>
              </Link>
            </li>
          );
        })}
      </ol>
      <p className="progress__caption" data-testid="progress-caption">
        {t("sellerPortal.progress.stepOf", { current: index + 1, total: ONBOARDING_STEPS.length })}: <strong>{t(`sellerPortal.step.${current}`)}</strong>
      </p>
    </nav>
  );
}
