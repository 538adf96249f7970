import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TRAINING_MODULE } from "../../../../../../modules/training"
import type TrainingModuleService from "../../../../../../modules/training/service"
import { currentSellerId } from "../../../../../utils/seller-context"
import { streamDocument } from "../../../documents/stream-document"
import { sendAwardNotFound } from "../../respond"

/** The evidence file of one of the signed-in seller's awards; another seller's award answers 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [award] = await req.scope.resolve<TrainingModuleService>(TRAINING_MODULE).listTrainingAwards(
    { id: req.params.id, seller_id: await currentSellerId(req) }, { take: 1 }
  )
  if (!award?.evidence_file_id) return sendAwardNotFound(req, res)
  await streamDocument(req, res, { file_id: award.evidence_file_id, mime_type: award.evidence_mime_type ?? "application/octet-stream", filename: award.evidence_filename ?? "evidence" })
}
