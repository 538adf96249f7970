import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MultipartRequest } from "../../../utils/uploads"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { AWARD_FIELDS, presentAward } from "../../../../modules/training/presenters"
import { claimTrainingWorkflow } from "../../../../workflows/training/workflows/claim-training"
import { currentSellerId } from "../../../utils/seller-context"
import { sendInvalid, type FieldError } from "../../../utils/errors"
import { zodFieldErrors } from "../../../utils/validate"
import { sniffDocumentType } from "../documents/file-type"
import { respondWithTrainingGuards } from "./respond"
import { TrainingClaimBody, yearOrDateMissing } from "./validators"

/** The seller's badges and claims, newest first, each with its programme and verification state. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "training_award", fields: AWARD_FIELDS, filters: { seller_id: await currentSellerId(req) }, pagination: { order: { created_at: "DESC" } },
  })
  res.json({ awards: data.map(presentAward) })
}

/**
 * Claims a badge (multipart/form-data): programme kind, name, organiser, year or start date, city,
 * level, certificate number and one evidence `file` (PDF, JPG, PNG or WebP by content, ≤ 10 MB),
 * stored privately. The award starts pending until the operator verifies it.
 */
export async function POST(req: AuthenticatedMedusaRequest & MultipartRequest, res: MedusaResponse) {
  const sellerId = await currentSellerId(req)
  const parsed = TrainingClaimBody.safeParse(req.body ?? {})
  const file = req.file
  const errors: FieldError[] = parsed.success ? [] : zodFieldErrors(parsed.error)
  if (yearOrDateMissing((req.body ?? {}) as Record<string, unknown>)) errors.push({ field: "year", code: "required" })
  const mime = file ? sniffDocumentType(file.buffer) : null
  if (!file) errors.push({ field: "file", code: "training_evidence_required" })
  else if (!mime) errors.push({ field: "file", code: "file_type" })
  if (errors.length || !parsed.success) return sendInvalid(req, res, errors)

  const body = parsed.data
  const fileModule = req.scope.resolve(Modules.FILE)
  const [stored] = await fileModule.createFiles([{
    filename: `${sellerId}-training-${file!.originalname.replace(/[^\w.-]+/g, "_")}`, // flat: the local provider marks private files by a key prefix
    mimeType: mime!, content: file!.buffer.toString("base64"), access: "private",
  }])
  let created: string | undefined
  try {
    await respondWithTrainingGuards(req, res, async () => {
      const { result } = await claimTrainingWorkflow(req.scope).run({
        input: {
          seller_id: sellerId, member_id: req.auth_context.actor_id,
          program: {
            kind: body.program_kind, name: body.program_name, organiser: body.organiser, city: body.city ?? null,
            starts_at: body.starts_at ?? (body.year ? `${body.year}-01-01` : null), ends_at: body.ends_at ?? null,
          },
          level: body.level, certificate_number: body.certificate_number ?? null,
          evidence: { file_id: stored.id, filename: file!.originalname.slice(0, 200), mime_type: mime!, size: file!.size },
        },
      })
      created = result.id
      const { data: [award] } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "training_award", fields: AWARD_FIELDS, filters: { id: result.id } })
      res.status(201).json({ award: presentAward(award) })
    })
  } finally {
    if (!created) await fileModule.deleteFiles([stored.id]) // no orphaned bytes
  }
}
