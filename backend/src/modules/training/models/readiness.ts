import { model } from "@medusajs/framework/utils"
import { READINESS_BANDS } from "@canting/domain"

/**
 * A seller's current export-readiness result (one row per seller), kept so public lists can
 * filter by band without recomputing every seller. `assessment` is the full ReadinessAssessment.
 */
export const SellerReadiness = model.define("seller_readiness", {
  id: model.id({ prefix: "rdy" }).primaryKey(),
  seller_id: model.text().unique(),
  score: model.number(),
  band: model.enum([...READINESS_BANDS]),
  version: model.text(),
  assessment: model.json(),
  computed_at: model.dateTime(),
})

/** One point of a seller's readiness history, written only when the score or band changed. */
export const ReadinessSnapshot = model.define("readiness_snapshot", {
  id: model.id({ prefix: "rdysnap" }).primaryKey(),
  seller_id: model.text().index(),
  score: model.number(),
  band: model.enum([...READINESS_BANDS]),
  version: model.text(),
  computed_at: model.dateTime(),
})
