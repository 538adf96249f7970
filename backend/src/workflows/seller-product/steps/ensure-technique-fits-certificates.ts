import { createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { techniqueFitsCertificate } from "@canting/domain"
import { FieldValidationError } from "../../../lib/errors"

type CertificateClaim = { scheme: string; batikmark_type?: string | null; status: string }

/**
 * Guard of a technique change: a product may not become imitation (SNI 8184) while it carries a
 * pending or verified Batikmark or SNI-batik certificate, nor change to a technique its Batikmark
 * type does not match. The seller deletes the claim (or the operator revokes it) first.
 */
export const ensureTechniqueFitsCertificatesStep = createStep(
  "ensure-technique-fits-certificates",
  async (input: { product_id: string; technique?: string }, { container }) => {
    if (!input.technique) return
    const { data: [product] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product", fields: ["id", "certificates.scheme", "certificates.batikmark_type", "certificates.status"], filters: { id: input.product_id },
    })
    const certificates = (product as { certificates?: (CertificateClaim | null)[] | null } | undefined)?.certificates ?? []
    const active = certificates.filter((c): c is CertificateClaim => !!c && (c.status === "pending" || c.status === "verified"))
    if (active.some((c) => !techniqueFitsCertificate(input.technique!, c))) {
      throw new FieldValidationError([{ field: "technique", code: "technique_conflicts_certificate" }])
    }
  }
)
