import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TRAINING_MODULE } from "../../../../../modules/training"
import type TrainingModuleService from "../../../../../modules/training/service"
import { streamDocument } from "../../../../sellers/me/documents/stream-document"
import { sendAwardNotFound } from "../../../../sellers/me/trainings/respond"

/** The evidence file of a claim, for the operator reviewing it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [award] = await req.scope.resolve<TrainingModuleService>(TRAINING_MODULE).listTrainingAwards({ id: req.params.id }, { take: 1 })
  if (!award?.evidence_file_id) return sendAwardNotFound(req, res)
  await streamDocument(req, res, { file_id: award.evidence_file_id, mime_type: award.evidence_mime_type ?? "application/octet-stream", filename: award.evidence_filename ?? "evidence" })
}
