import type { VerificationMethod } from "@canting/domain"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CERT_TRANSITIONS, type CertAction } from "../../../modules/certification/transitions"
import { validateCertificateTransitionStep } from "../steps/validate-certificate-transition"
import { setCertificateStatusStep } from "../steps/set-certificate-status"
import { recordCertificateEventStep } from "../steps/record-certificate-event"
import { notifyCertificateSellerStep } from "../steps/notify-certificate-seller"

export type CertificateTransitionInput = { certificate_id: string; actor_id: string; method?: VerificationMethod | null; note?: string | null }

/**
 * One operator decision: guard → set status (with method/note, who, when) → history entry →
 * notify the seller → event `certification.<status>` so search and caches can refresh.
 */
function transitionWorkflow(id: string, action: CertAction) {
  const rule = CERT_TRANSITIONS[action]
  return createWorkflow(id, (input: CertificateTransitionInput) => {
    const guard = validateCertificateTransitionStep(transform({ input }, ({ input }) => ({ ...input, action })))
    const certificate = setCertificateStatusStep(transform({ input }, ({ input }) => ({ ...input, to: rule.to })))
    recordCertificateEventStep(transform({ input, guard }, ({ input, guard }) => ({
      certificate_id: input.certificate_id, from: guard.from, to: rule.to, actor_type: "user", actor_id: input.actor_id,
      method: rule.method ? input.method : null, note: input.note,
    })))
    notifyCertificateSellerStep(transform({ input, guard, certificate }, ({ input, guard, certificate }) => ({
      seller_id: guard.seller_id, template: `certificate-${rule.to}`,
      data: { certificate_id: input.certificate_id, scheme: certificate.scheme, number: certificate.number, status: rule.to, note: input.note ?? null },
    })))
    emitEventStep({ eventName: `certification.${rule.to}`, data: transform({ input }, ({ input }) => ({ id: input.certificate_id })) })
    return new WorkflowResponse(certificate)
  })
}

/** pending → verified, with the verification method. */
export const verifyCertificateWorkflow = transitionWorkflow("verify-certificate", "verify")
/** pending → rejected, with a note. */
export const rejectCertificateWorkflow = transitionWorkflow("reject-certificate", "reject")
/** verified → revoked, with a note; the badge disappears at once. */
export const revokeCertificateWorkflow = transitionWorkflow("revoke-certificate", "revoke")

export const CERT_ACTION_WORKFLOWS = {
  verify: verifyCertificateWorkflow,
  reject: rejectCertificateWorkflow,
  revoke: revokeCertificateWorkflow,
} as const
