import type { ComponentType } from "react";
import Link from "next/link";
import type { Locale } from "@canting/domain";
import type { Translate } from "@/lib/i18n/create";
import { deleteSellerDocument, saveOnboardingStep, submitForReview } from "@/lib/actions/seller-onboarding";
import { STEP_INPUTS, type FormStepId } from "@/lib/seller-portal/payload";
import { IDENTITY_STEPS, ONBOARDING_STEPS, REQUIRED_DOCUMENT_KINDS, canEdit, canSubmit, identityLocked, type Onboarding, type OnboardingStepId, type SellerAccount, type SellerDocument } from "@/lib/seller-portal/types";
import { DocumentList } from "./document-list";
import { DocumentUpload } from "./document-upload";
import { OnboardingProgress } from "./onboarding-progress";
import { PortalFrame } from "./portal-header";
import { StatusBanner } from "./status-banner";
import { StepForm } from "./step-form";
import { AddressFields, BusinessFields, IdentityFields, PeopleFields, ProductionFields, StoryFields } from "./step-fields";
import { SubmitReview } from "./submit-review";

const FIELDS: Record<FormStepId, ComponentType<{ seller: SellerAccount }>> = {
  business: BusinessFields, identity: IdentityFields, address: AddressFields,
  production: ProductionFields, people: PeopleFields, story: StoryFields,
};

type Props = {
  step: OnboardingStepId; seller: SellerAccount; onboarding: Onboarding; documents: SellerDocument[]; locale: Locale; t: Translate;
};

/** One page of the onboarding wizard: progress, the step's form (or documents and submit), and the way back. */
export function OnboardingStepView({ step, seller, onboarding, documents, locale, t }: Props) {
  const editable = canEdit(seller.status);
  const next = ONBOARDING_STEPS[ONBOARDING_STEPS.indexOf(step) + 1];
  const Fields = step === "documents" ? null : FIELDS[step];
  const missingKind = REQUIRED_DOCUMENT_KINDS.find((k) => !documents.some((d) => d.kind === k)) ?? "other";
  return (
    <PortalFrame name={seller.name} handle={seller.handle} locale={locale} t={t} current="">
      <OnboardingProgress steps={onboarding.steps} current={step} locale={locale} t={t} />
      {seller.status !== "draft" && <StatusBanner status={seller.status} note={seller.statusNote} handle={seller.handle} locale={locale} t={t} />}
      <h1 className="portal__title">{t(`sellerPortal.step.${step}`)}</h1>
      <p className="portal__lead">{t(`sellerPortal.stepIntro.${step}`)}</p>
      {!editable && <p className="form-alert form-alert--info" data-testid="onboarding-locked">{t("sellerPortal.locked")}</p>}
      {editable && identityLocked(seller.status) && (IDENTITY_STEPS as readonly string[]).includes(step) && (
        <p className="form-alert form-alert--info" data-testid="identity-locked">
          {t("sellerPortal.changeRequest.lockedIdentity")}{" "}
          <Link href={`/${locale}/seller/change-requests`} data-testid="identity-change-request">{t("sellerPortal.changeRequest.requestChange")}</Link>
        </p>
      )}
      {!Fields ? (
        <>
          <DocumentList documents={documents} locale={locale} editable={editable} deleteAction={deleteSellerDocument} />
          {editable && <DocumentUpload locale={locale} defaultKind={missingKind} />}
          {canSubmit(seller.status) && (
            <SubmitReview locale={locale} action={submitForReview} missing={onboarding.steps.flatMap((s) => s.missing)} />
          )}
        </>
      ) : (
        <StepForm step={step as FormStepId} locale={locale} action={saveOnboardingStep} editable={editable} inputs={STEP_INPUTS[step as FormStepId]}
          nextHref={`/${locale}/seller/onboarding/${next ?? "documents"}`}>
          <Fields seller={seller} />
        </StepForm>
      )}
      <p className="portal__back"><Link href={`/${locale}/seller`} data-testid="back-to-portal">{t("sellerPortal.backToPortal")}</Link></p>
    </PortalFrame>
  );
}
