import type { TrainingLevel } from "@canting/domain"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRAINING_MODULE } from "../../../modules/training"
import type TrainingModuleService from "../../../modules/training/service"

export type CreateAwardInput = {
  seller_id: string; program_id: string; level: TrainingLevel; certificate_number?: string | null
  evidence?: { file_id: string; filename: string; mime_type: string; size: number } | null
  verification: "pending" | "verified"; source: "seller_claim" | "operator"; actor_type: string; actor_id: string; note?: string | null
}

/** Creates the award with its first history entry (who created it, in which state); undone by deleting both. */
export const createAwardStep = createStep(
  "create-training-award",
  async (input: CreateAwardInput, { container }) => {
    const training = container.resolve<TrainingModuleService>(TRAINING_MODULE)
    const operator = input.verification === "verified"
    const award = await training.createTrainingAwards({
      seller_id: input.seller_id, program_id: input.program_id, level: input.level, certificate_number: input.certificate_number ?? null,
      evidence_file_id: input.evidence?.file_id ?? null, evidence_filename: input.evidence?.filename ?? null,
      evidence_mime_type: input.evidence?.mime_type ?? null, evidence_size: input.evidence?.size ?? null,
      verification: input.verification, source: input.source, note: input.note ?? null,
      reviewed_at: operator ? new Date() : null, reviewed_by: operator ? input.actor_id : null,
    })
    await training.createTrainingAwardEvents({
      award_id: award.id, from_state: null, to_state: input.verification, actor_type: input.actor_type, actor_id: input.actor_id, note: input.note ?? null,
    })
    return new StepResponse(award, award.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<TrainingModuleService>(TRAINING_MODULE).deleteTrainingAwards(id)
  }
)
