import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "../../../../../modules/certification"
import type CertificationModuleService from "../../../../../modules/certification/service"
import { CERTIFICATE_FIELDS, presentCertificate, type CertificateWithFiles } from "../../../../../modules/certification/presenters"
import { DELETABLE_STATUSES } from "../../../../../modules/certification/transitions"
import { SELLER_MODULE } from "../../../../../modules/seller"
import { currentSellerId } from "../../../../utils/seller-context"
import { now } from "../../../../../lib/clock"

/** One of the signed-in seller's certificates (raw query record); another seller's id is simply not found. */
export async function ownCertificate(req: AuthenticatedMedusaRequest): Promise<CertificateWithFiles & { seller: { id: string } }> {
  const sellerId = await currentSellerId(req)
  const { data: [cert] } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "certificate", fields: [...CERTIFICATE_FIELDS, "evidence.file_id"], filters: { id: req.params.id },
  })
  const own = cert as (CertificateWithFiles & { seller: { id: string } }) | undefined
  if (!own || own.seller?.id !== sellerId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Certificate ${req.params.id} was not found`)
  return own
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ certificate: presentCertificate(await ownCertificate(req), now()) })
}

/** Withdraws a claim that is still pending or was rejected, with its evidence files; a verified or revoked one stays (409). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const cert = await ownCertificate(req)
  if (!DELETABLE_STATUSES.includes(cert.status)) {
    return res.status(409).json({ type: "not_allowed", code: "certificate_locked", message: `certificate_locked: a ${cert.status} certificate cannot be deleted` })
  }
  const link = req.scope.resolve(ContainerRegistrationKeys.LINK)
  await link.dismiss([
    { [SELLER_MODULE]: { seller_id: cert.seller.id }, [CERTIFICATION_MODULE]: { certificate_id: cert.id } },
    ...(cert.product ? [{ [Modules.PRODUCT]: { product_id: cert.product.id }, [CERTIFICATION_MODULE]: { certificate_id: cert.id } }] : []),
  ])
  await req.scope.resolve<CertificationModuleService>(CERTIFICATION_MODULE).deleteCertificates(cert.id)
  const fileIds = (cert.evidence ?? []).map((e) => e.file_id).filter(Boolean)
  if (fileIds.length) await req.scope.resolve(Modules.FILE).deleteFiles(fileIds)
  res.json({ id: cert.id, object: "certificate", deleted: true })
}
