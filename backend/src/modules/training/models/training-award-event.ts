import { model } from "@medusajs/framework/utils"
import { AWARD_VERIFICATIONS } from "../constants"
import TrainingAward from "./training-award"

/** One step of an award's history: who, when, from which verification state to which, and why. */
const TrainingAwardEvent = model.define("training_award_event", {
  id: model.id({ prefix: "trevt" }).primaryKey(),
  from_state: model.enum([...AWARD_VERIFICATIONS]).nullable(),
  to_state: model.enum([...AWARD_VERIFICATIONS]),
  actor_type: model.text(),
  actor_id: model.text(),
  note: model.text().nullable(),
  award: model.belongsTo(() => TrainingAward, { mappedBy: "events" }),
})

export default TrainingAwardEvent
