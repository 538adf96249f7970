import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { RefusalError } from "../../../lib/errors"
import { TRAINING_MODULE } from "../../../modules/training"
import type TrainingModuleService from "../../../modules/training/service"

/** Guard: one live award per seller and programme (a rejected one may be claimed again). */
export const ensureNoDuplicateAwardStep = createStep(
  "ensure-no-duplicate-training-award",
  async (input: { seller_id: string; program_id: string }, { container }) => {
    const [existing] = await container.resolve<TrainingModuleService>(TRAINING_MODULE).listTrainingAwards(
      { seller_id: input.seller_id, program_id: input.program_id, verification: ["pending", "verified"] }, { take: 1 }
    )
    if (existing) {
      // Thrown when the seller already holds (or has claimed) a badge from the programme.
      throw new RefusalError("award_duplicate", `the seller already has award ${existing.id} from this programme`, MedusaError.Types.DUPLICATE_ERROR)
    }
    return new StepResponse(true)
  }
)
