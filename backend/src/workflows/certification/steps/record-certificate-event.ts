import type { CertStatus, VerificationMethod } from "@canting/domain"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"

export type CertificateEventInput = {
  certificate_id: string; from: CertStatus | null; to: CertStatus; actor_type: string; actor_id: string; method?: VerificationMethod | null; note?: string | null
}

/** Keeps who moved the certificate from which status to which, when, how and why; undone by deleting the entry. */
export const recordCertificateEventStep = createStep(
  "record-certificate-event",
  async (input: CertificateEventInput, { container }) => {
    const event = await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).createCertificateEvents({
      certificate_id: input.certificate_id, from_status: input.from, to_status: input.to,
      actor_type: input.actor_type, actor_id: input.actor_id, method: input.method ?? null, note: input.note ?? null,
    })
    return new StepResponse(event, event.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).deleteCertificateEvents(id)
  }
)
