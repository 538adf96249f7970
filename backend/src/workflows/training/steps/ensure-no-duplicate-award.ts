import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { TRAINING_MODULE } from "../../../modules/training"
import type TrainingModuleService from "../../../modules/training/service"

/** Thrown when the seller already holds (or has claimed) a badge from the programme. */
export class DuplicateAwardError extends MedusaError {
  constructor(public readonly award_id: string) {
    super(MedusaError.Types.DUPLICATE_ERROR, `award_duplicate: the seller already has award ${award_id} from this programme`)
    this.name = "DuplicateAwardError"
  }
}

/** Guard: one live award per seller and programme (a rejected one may be claimed again). */
export const ensureNoDuplicateAwardStep = createStep(
  "ensure-no-duplicate-training-award",
  async (input: { seller_id: string; program_id: string }, { container }) => {
    const [existing] = await container.resolve<TrainingModuleService>(TRAINING_MODULE).listTrainingAwards(
      { seller_id: input.seller_id, program_id: input.program_id, verification: ["pending", "verified"] }, { take: 1 }
    )
    if (existing) throw new DuplicateAwardError(existing.id)
    return new StepResponse(true)
  }
)
