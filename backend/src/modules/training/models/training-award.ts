import { model } from "@medusajs/framework/utils"
import { TRAINING_LEVELS } from "@canting/domain"
import { AWARD_SOURCES, AWARD_VERIFICATIONS } from "../constants"
import TrainingProgram from "./training-program"
import TrainingAwardEvent from "./training-award-event"

/**
 * One seller's badge from one programme: the level reached, the certificate number, private
 * evidence (File module key) and the operator's verification. Linked to the seller (src/links/training-seller.ts);
 * `seller_id` is kept on the row too so duplicates and lists need no join.
 */
const TrainingAward = model
  .define("training_award", {
    id: model.id({ prefix: "traward" }).primaryKey(),
    seller_id: model.text().index(),
    level: model.enum([...TRAINING_LEVELS]),
    certificate_number: model.text().nullable(),
    evidence_file_id: model.text().nullable(),
    evidence_filename: model.text().nullable(),
    evidence_mime_type: model.text().nullable(),
    evidence_size: model.number().nullable(),
    verification: model.enum([...AWARD_VERIFICATIONS]).default("pending"),
    source: model.enum([...AWARD_SOURCES]).default("seller_claim"),
    /** The operator's note on the last decision (required for a rejection). */
    note: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    reviewed_by: model.text().nullable(),
    is_demo: model.boolean().default(false),
    program: model.belongsTo(() => TrainingProgram, { mappedBy: "awards" }),
    events: model.hasMany(() => TrainingAwardEvent, { mappedBy: "award" }),
  })
  .cascades({ delete: ["events"] })

export default TrainingAward
