import { model } from "@medusajs/framework/utils"
import { TRAINING_PROGRAMS } from "@canting/domain"
import TrainingAward from "./training-award"

/** A training, coaching course, exhibition or trade mission that an organiser ran (or a seller says it ran). */
const TrainingProgram = model.define("training_program", {
  id: model.id({ prefix: "trprog" }).primaryKey(),
  kind: model.enum([...TRAINING_PROGRAMS]),
  name: model.text().searchable(),
  organiser: model.text().searchable(),
  city: model.text().nullable(),
  starts_at: model.dateTime().nullable(),
  ends_at: model.dateTime().nullable(),
  /** `user:<id>` for the operator, `seller:<member id>` when a seller's claim created it. */
  created_by: model.text(),
  is_demo: model.boolean().default(false),
  awards: model.hasMany(() => TrainingAward, { mappedBy: "program" }),
})

export default TrainingProgram
