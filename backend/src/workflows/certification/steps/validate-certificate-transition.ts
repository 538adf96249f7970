import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { certificateIntegrityErrors, type BatikmarkType, type CertScheme, type CertStatus, type CertSubjectType, type VerificationMethod } from "@canting/domain"
import { CERT_TRANSITIONS, type CertAction } from "../../../modules/certification/transitions"
import { FieldValidationError, RefusalError } from "../../../lib/errors"

/** The certificate as the guard reads it, with its seller and product. */
type CertificateToDecide = {
  status: CertStatus; scheme: CertScheme; subject_type: CertSubjectType; batikmark_type: BatikmarkType | null
  issued_at: Date | string | null; expires_at: Date | string | null
  seller?: { id: string } | null; product?: { id: string; metadata?: Record<string, unknown> | null } | null
}

/**
 * Guard of an operator decision: allowed from the certificate's status (409 otherwise), a method
 * for verify, a note for reject and revoke, and, when verifying, the integrity rules still hold
 * against the product's technique today (the seller may have edited it since the claim).
 */
export const validateCertificateTransitionStep = createStep(
  "validate-certificate-transition",
  async (input: { certificate_id: string; action: CertAction; method?: VerificationMethod | null; note?: string | null }, { container }) => {
    const rule = CERT_TRANSITIONS[input.action]
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [cert] } = await query.graph({
      entity: "certificate", fields: ["*", "seller.id", "product.id", "product.metadata"], filters: { id: input.certificate_id },
    })
    if (!cert) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Certificate ${input.certificate_id} was not found`)
    const c = cert as CertificateToDecide
    const errors = [
      ...(rule.method && !input.method ? [{ field: "method", code: "method_required" }] : []),
      ...(rule.note && !input.note?.trim() ? [{ field: "note", code: "note_required" }] : []),
    ]
    if (errors.length) throw new FieldValidationError(errors)
    if (!rule.from.includes(c.status)) {
      throw new RefusalError("certificate_transition_not_allowed", `cannot ${input.action} a ${c.status} certificate`)
    }
    if (input.action === "verify") {
      const integrity = certificateIntegrityErrors({
        scheme: c.scheme, subject_type: c.subject_type, batikmark_type: c.batikmark_type,
        technique: (c.product?.metadata?.technique as string | undefined) ?? null, issued_at: c.issued_at, expires_at: c.expires_at,
      })
      if (integrity.length) throw new FieldValidationError(integrity)
    }
    return new StepResponse({ from: c.status, seller_id: c.seller?.id ?? null })
  }
)
