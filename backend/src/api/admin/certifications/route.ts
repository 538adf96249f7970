import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "zod"
import { certificateDisplayState, type CertificateLike } from "@canting/domain"
import type { AdminListCertificatesParams } from "./middlewares"
import { now } from "../../../lib/clock"

export const ADMIN_CERTIFICATE_LIST_FIELDS = [
  "id", "scheme", "subject_type", "subject_id", "issuer", "number", "batikmark_type", "issued_at", "expires_at", "status",
  "verification_method", "is_demo", "created_at", "updated_at", "seller.id", "seller.name", "seller.handle", "product.id", "product.title",
]

/** A row of the queue as Query reads ADMIN_CERTIFICATE_LIST_FIELDS; the other columns pass through. */
type CertificateListRow = CertificateLike & { issued_at?: Date | string | null; [column: string]: unknown }

/** The operator's certificate queue: by status (and scheme), oldest claim first so nothing waits forever. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, scheme, limit, offset } = req.validatedQuery as z.infer<typeof AdminListCertificatesParams>
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (scheme) filters.scheme = scheme
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "certificate", fields: ADMIN_CERTIFICATE_LIST_FIELDS, filters,
    pagination: { skip: offset, take: limit, order: { created_at: "ASC" } },
  })
  const at = now()
  const certificates = (data as CertificateListRow[]).map((c) => ({
    ...c, expires_at: c.expires_at ? new Date(c.expires_at).toISOString().slice(0, 10) : null,
    issued_at: c.issued_at ? new Date(c.issued_at).toISOString().slice(0, 10) : null, display_state: certificateDisplayState(c, at),
  }))
  res.json({ certificates, count: metadata?.count ?? certificates.length, offset, limit })
}
