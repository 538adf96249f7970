import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CertStatus, VerificationMethod } from "@canting/domain"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"

export type SetCertificateStatusInput = {
  certificate_id: string; to: CertStatus; method?: VerificationMethod | null; note?: string | null; actor_id: string
}

/** Applies the decision (status, method, note, who and when); undone by restoring the previous values. */
export const setCertificateStatusStep = createStep(
  "set-certificate-status",
  async (input: SetCertificateStatusInput, { container }) => {
    const certs = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const before = await certs.retrieveCertificate(input.certificate_id)
    const update: { id: string; status: CertStatus; review_note: string | null; reviewed_at: Date; reviewed_by: string; verification_method?: VerificationMethod | null } = {
      id: input.certificate_id, status: input.to, review_note: input.note ?? null, reviewed_at: new Date(), reviewed_by: input.actor_id,
    }
    if (input.to === "verified") update.verification_method = input.method
    const certificate = await certs.updateCertificates(update)
    return new StepResponse(certificate, {
      id: before.id, status: before.status, verification_method: before.verification_method, review_note: before.review_note,
      reviewed_at: before.reviewed_at, reviewed_by: before.reviewed_by,
    })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).updateCertificates(previous)
  }
)
