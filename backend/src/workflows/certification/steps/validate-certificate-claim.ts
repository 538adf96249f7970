import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificateIntegrityErrors, type CertScheme, type CertSubjectType } from "@canting/domain"
import { FieldValidationError } from "../../../lib/errors"

export type CertificateClaim = {
  seller_id: string
  scheme: CertScheme
  subject_type: CertSubjectType
  product_id?: string | null
  batikmark_type?: string | null
  issued_at?: Date | null
  expires_at?: Date | null
}

/**
 * Guard of a new claim: a product certificate names one of the seller's own products (another
 * seller's product is "not found"), a workshop certificate names none, and the integrity rules
 * hold against the product's technique (imitation carries no Batikmark/SNI; Batikmark type = technique).
 */
export const validateCertificateClaimStep = createStep(
  "validate-certificate-claim",
  async (claim: CertificateClaim, { container }) => {
    let technique: string | null = null
    if (claim.subject_type === "product") {
      if (!claim.product_id) throw new FieldValidationError([{ field: "product_id", code: "product_required" }])
      const { data: [product] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product", fields: ["id", "metadata", "seller.id"], filters: { id: claim.product_id },
      })
      const row = product as { seller?: { id: string } | null; metadata?: Record<string, unknown> | null } | undefined
      if (!row || row.seller?.id !== claim.seller_id) throw new FieldValidationError([{ field: "product_id", code: "not_found" }])
      technique = (row.metadata?.technique as string | undefined) ?? null
    } else if (claim.product_id) {
      throw new FieldValidationError([{ field: "product_id", code: "product_not_allowed" }])
    }
    const errors = certificateIntegrityErrors({ ...claim, technique })
    if (errors.length) throw new FieldValidationError(errors)
    return new StepResponse({ subject_id: claim.subject_type === "product" ? claim.product_id! : claim.seller_id })
  }
)
