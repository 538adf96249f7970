import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BatikmarkType, CertScheme, CertSubjectType } from "@canting/domain"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"

export type CreateCertificateInput = {
  scheme: CertScheme
  subject_type: CertSubjectType
  subject_id: string
  issuer: string
  number: string
  standard?: string | null
  batikmark_type?: BatikmarkType | null
  issued_at?: Date | null
  expires_at?: Date | null
  notes?: string | null
  evidence: { file_id: string; filename: string; mime_type: string; size: number }[]
  actor_id: string
  is_demo?: boolean
}

/** Records the claim as pending with its evidence and the first history entry; undone by deleting it. */
export const createCertificateStep = createStep(
  "create-certificate",
  async ({ evidence, actor_id, ...input }: CreateCertificateInput, { container }) => {
    const certs = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const certificate = await certs.createCertificates({ ...input, status: "pending" })
    if (evidence.length) await certs.createCertificateEvidences(evidence.map((e) => ({ ...e, certificate_id: certificate.id })))
    await certs.createCertificateEvents({
      certificate_id: certificate.id, from_status: null, to_status: "pending", actor_type: "seller", actor_id, note: input.notes ?? null,
    })
    return new StepResponse(certificate, certificate.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).deleteCertificates(id)
  }
)
