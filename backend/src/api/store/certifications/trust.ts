import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificateDisplayState, deriveEcoTags, isPublicDisplayState, type EcoTag } from "@canting/domain"
import { presentPublicCertificate, type CertificateRow } from "../../../modules/certification/presenters"
import { now } from "../../../lib/clock"

const CERT_FIELDS = ["id", "scheme", "subject_type", "subject_id", "issuer", "number", "standard", "batikmark_type", "issued_at", "expires_at",
  "status", "verification_method", "reviewed_at", "is_demo", "evidence.id"]

/** A seller or product read with its `certificates` link (entries may be null). */
type Certified = { certificates?: (CertificateRow | null)[] | null }

export type Trust = { certificates: ReturnType<typeof presentPublicCertificate>[]; eco_tags: EcoTag[] }

/** Only what Canting verified and is valid today (verified or expiring soon). Never a pending claim, nor an expired, rejected or revoked one. */
function visible(certs: (CertificateRow | null)[], now: Date) {
  return certs.filter((c): c is CertificateRow => !!c && isPublicDisplayState(certificateDisplayState(c, now))).map((c) => presentPublicCertificate(c, now))
}

/** The raw workshop certificates of an approved seller; null when the seller is unknown or not approved. */
async function workshopCertificates(container: MedusaContainer, sellerId: string): Promise<CertificateRow[] | null> {
  const { data: [seller] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "seller", fields: ["id", ...CERT_FIELDS.map((f) => `certificates.${f}`)], filters: { id: sellerId, status: "approved" },
  })
  if (!seller) return null
  return (((seller as Certified).certificates ?? []).filter((c) => c?.subject_type === "seller")) as CertificateRow[]
}

/** An approved seller's workshop certificates and eco tags; null when the seller is unknown or not approved. */
export async function sellerTrust(container: MedusaContainer, sellerId: string, at = now()): Promise<Trust | null> {
  const workshop = await workshopCertificates(container, sellerId)
  return workshop && { certificates: visible(workshop, at), eco_tags: deriveEcoTags({ certificates: workshop }, at) }
}

/**
 * A published product's verified certificates (its own, then its seller's workshop ones) and the
 * eco tags they earn; null when the product is not shown in the store.
 */
export async function productTrust(container: MedusaContainer, productId: string, at = now()): Promise<Trust | null> {
  const { data: [product] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product", fields: ["id", "status", "seller.id", ...CERT_FIELDS.map((f) => `certificates.${f}`)],
    filters: { id: productId, status: "published" },
  })
  const p = product as (Certified & { seller?: { id: string } | null }) | undefined
  const workshop = p?.seller?.id ? await workshopCertificates(container, p.seller.id) : null
  if (!workshop) return null
  const own = (p?.certificates ?? []).filter((c): c is CertificateRow => !!c)
  return {
    certificates: visible([...own, ...workshop], at),
    eco_tags: deriveEcoTags({ certificates: [...own, ...workshop] }, at),
  }
}
