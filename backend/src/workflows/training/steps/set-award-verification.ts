import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRAINING_MODULE } from "../../../modules/training"
import type TrainingModuleService from "../../../modules/training/service"
import type { AwardVerification } from "../../../modules/training/constants"

/** Applies the decision (state, note, who, when) and records it in the history; undone by restoring both. */
export const setAwardVerificationStep = createStep(
  "set-training-award-verification",
  async (input: { award_id: string; from: AwardVerification; to: AwardVerification; note?: string | null; actor_id: string }, { container }) => {
    const training = container.resolve<TrainingModuleService>(TRAINING_MODULE)
    const before = await training.retrieveTrainingAward(input.award_id)
    const award = await training.updateTrainingAwards({
      id: input.award_id, verification: input.to, note: input.note?.trim() || null, reviewed_at: new Date(), reviewed_by: input.actor_id,
    })
    const event = await training.createTrainingAwardEvents({
      award_id: input.award_id, from_state: input.from, to_state: input.to, actor_type: "user", actor_id: input.actor_id, note: input.note?.trim() || null,
    })
    return new StepResponse(award, {
      event_id: event.id,
      previous: { id: before.id, verification: before.verification, note: before.note, reviewed_at: before.reviewed_at, reviewed_by: before.reviewed_by },
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const training = container.resolve<TrainingModuleService>(TRAINING_MODULE)
    await training.deleteTrainingAwardEvents(undo.event_id)
    await training.updateTrainingAwards(undo.previous)
  }
)
