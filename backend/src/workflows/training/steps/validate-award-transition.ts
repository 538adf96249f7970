import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { TRAINING_MODULE } from "../../../modules/training"
import type TrainingModuleService from "../../../modules/training/service"
import { AWARD_TRANSITIONS, type AwardAction, type AwardVerification } from "../../../modules/training/constants"
import { FieldValidationError, RefusalError } from "../../../lib/errors"

/** Guard of an operator decision: the award exists (404), a note for a rejection (400), allowed from its state (409). */
export const validateAwardTransitionStep = createStep(
  "validate-training-award-transition",
  async (input: { award_id: string; action: AwardAction; note?: string | null }, { container }) => {
    const rule = AWARD_TRANSITIONS[input.action]
    const [award] = await container.resolve<TrainingModuleService>(TRAINING_MODULE).listTrainingAwards({ id: input.award_id }, { take: 1 })
    if (!award) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Training award ${input.award_id} was not found`)
    if (rule.note && !input.note?.trim()) throw new FieldValidationError([{ field: "note", code: "note_required" }])
    if (!(rule.from as readonly string[]).includes(award.verification)) {
      throw new RefusalError("award_transition_not_allowed", `cannot ${input.action} a ${award.verification} award`)
    }
    return new StepResponse({ from: award.verification as AwardVerification, seller_id: award.seller_id })
  }
)
