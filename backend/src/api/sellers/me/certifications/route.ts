import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CERTIFICATE_FIELDS, presentCertificate, type CertificateRow } from "../../../../modules/certification/presenters"
import { createCertificateWorkflow } from "../../../../workflows/certification/workflows/create-certificate"
import { currentSellerId, respondWithGuards } from "../../../utils/seller-context"
import { sendInvalid, type FieldError } from "../../../utils/errors"
import { zodFieldErrors } from "../../../utils/validate"
import type { MultipartRequest } from "../../../utils/uploads"
import { sniffDocumentType } from "../documents/file-type"
import { CertificateClaimBody } from "./validators"
import { now } from "../../../../lib/clock"

type SellerCertificates = { certificates?: ({ id: string } | null)[] | null }

/** The seller's certificates, newest first: claim, display state, evidence list and history. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({ entity: "seller", fields: ["id", "certificates.id"], filters: { id: await currentSellerId(req) } })
  const ids = (((seller as SellerCertificates | undefined)?.certificates ?? []).filter(Boolean) as { id: string }[]).map((c) => c.id)
  const { data } = ids.length
    ? await query.graph({ entity: "certificate", fields: CERTIFICATE_FIELDS, filters: { id: ids }, pagination: { order: { created_at: "DESC" } } })
    : { data: [] }
  const at = now()
  res.json({ certificates: (data as CertificateRow[]).map((c) => presentCertificate(c, at)), count: data.length })
}

/**
 * Claims a certificate (multipart/form-data): the claim's fields plus 1–5 evidence `files`
 * (PDF, JPG, PNG or WebP by content, 10 MB each), stored privately. Starts as pending.
 */
export async function POST(req: AuthenticatedMedusaRequest & MultipartRequest, res: MedusaResponse) {
  const sellerId = await currentSellerId(req)
  const parsed = CertificateClaimBody.safeParse(req.body ?? {})
  const files = req.files ?? []
  const errors: FieldError[] = parsed.success ? [] : zodFieldErrors(parsed.error)
  if (!files.length) errors.push({ field: "files", code: "evidence_required" })
  const mimes = files.map((f) => sniffDocumentType(f.buffer))
  if (mimes.some((m) => !m)) errors.push({ field: "files", code: "file_type" })
  if (errors.length || !parsed.success) return sendInvalid(req, res, errors)

  const fileModule = req.scope.resolve(Modules.FILE)
  const stored = await fileModule.createFiles(files.map((f, i) => ({
    filename: `${sellerId}-cert-${f.originalname.replace(/[^\w.-]+/g, "_")}`, // flat: the local provider marks private files by a key prefix
    mimeType: mimes[i]!, content: f.buffer.toString("base64"), access: "private" as const,
  })))
  const body = parsed.data
  let created: string | undefined
  try {
    await respondWithGuards(req, res, async () => {
      const { result } = await createCertificateWorkflow(req.scope).run({
        input: {
          ...body, seller_id: sellerId, actor_id: req.auth_context.actor_id,
          evidence: files.map((f, i) => ({ file_id: stored[i].id, filename: f.originalname.slice(0, 200), mime_type: mimes[i]!, size: f.size })),
        },
      })
      created = result.id
      const { data: [cert] } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "certificate", fields: CERTIFICATE_FIELDS, filters: { id: result.id } })
      res.status(201).json({ certificate: presentCertificate(cert as CertificateRow, now()) })
    })
  } finally {
    if (!created) await fileModule.deleteFiles(stored.map((s) => s.id)) // no orphaned bytes
  }
}
