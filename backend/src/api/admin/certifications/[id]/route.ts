import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CERTIFICATE_FIELDS, presentCertificate, type CertificateWithFiles } from "../../../../modules/certification/presenters"
import { now } from "../../../../lib/clock"

/** One certificate (raw query record) for review, with evidence and history; 404 when unknown. */
export async function findCertificate(req: AuthenticatedMedusaRequest): Promise<CertificateWithFiles> {
  const { data: [cert] } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "certificate", fields: [...CERTIFICATE_FIELDS, "evidence.file_id"], filters: { id: req.params.id },
  })
  if (!cert) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Certificate ${req.params.id} was not found`)
  return cert as CertificateWithFiles
}

/** A certificate for review: the claim, the seller and product, evidence files, history and display state. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ certificate: presentCertificate(await findCertificate(req), now()) })
}
