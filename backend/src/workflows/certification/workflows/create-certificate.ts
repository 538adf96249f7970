import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { LinkDefinition } from "@medusajs/framework/types"
import { SELLER_MODULE } from "../../../modules/seller"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import { validateCertificateClaimStep, type CertificateClaim } from "../steps/validate-certificate-claim"
import { createCertificateStep, type CreateCertificateInput } from "../steps/create-certificate"

export type CreateCertificateWorkflowInput = CertificateClaim & Omit<CreateCertificateInput, "subject_id">

/**
 * A seller claims a certificate: guard (own product, integrity rules) → pending certificate with
 * evidence and history → links to the seller and, for a product certificate, to the product.
 */
export const createCertificateWorkflow = createWorkflow("create-certificate", (input: CreateCertificateWorkflowInput) => {
  const { subject_id } = validateCertificateClaimStep(input)
  const certificate = createCertificateStep(transform({ input, subject_id }, ({ input, subject_id }) => {
    const { seller_id: _s, product_id: _p, ...rest } = input
    return { ...rest, subject_id }
  }))
  createRemoteLinkStep(transform({ input, certificate }, ({ input, certificate }): LinkDefinition[] => [
    { [SELLER_MODULE]: { seller_id: input.seller_id }, [CERTIFICATION_MODULE]: { certificate_id: certificate.id } },
    ...(input.subject_type === "product" && input.product_id
      ? [{ [Modules.PRODUCT]: { product_id: input.product_id }, [CERTIFICATION_MODULE]: { certificate_id: certificate.id } }]
      : []),
  ]))
  emitEventStep({ eventName: "certification.created", data: transform({ certificate }, ({ certificate }) => ({ id: certificate.id })) })
  return new WorkflowResponse(certificate)
})
