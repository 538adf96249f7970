import type { TrainingLevel } from "@canting/domain"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import type { LinkDefinition } from "@medusajs/framework/types"
import { SELLER_MODULE } from "../../../modules/seller"
import { TRAINING_MODULE } from "../../../modules/training"
import { ensureNoDuplicateAwardStep } from "../steps/ensure-no-duplicate-award"
import { createAwardStep, type CreateAwardInput } from "../steps/create-award"
import { refreshReadinessStep } from "../../readiness/steps/refresh-readiness"

export type AwardTrainingInput = { seller_id: string; program_id: string; level: TrainingLevel; certificate_number?: string | null; actor_id: string }

/**
 * The operator awards a badge (one row of a bulk upload): guard (no live award from the programme)
 * → award, verified at once, with its history entry → seller link → readiness recomputed →
 * event `training_award.verified`.
 */
export const awardTrainingWorkflow = createWorkflow("award-training", (input: AwardTrainingInput) => {
  ensureNoDuplicateAwardStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id, program_id: input.program_id })))
  const award = createAwardStep(transform({ input }, ({ input }): CreateAwardInput => ({
    seller_id: input.seller_id, program_id: input.program_id, level: input.level, certificate_number: input.certificate_number,
    verification: "verified", source: "operator", actor_type: "user", actor_id: input.actor_id,
  })))
  createRemoteLinkStep(transform({ input, award }, ({ input, award }): LinkDefinition[] => [
    { [SELLER_MODULE]: { seller_id: input.seller_id }, [TRAINING_MODULE]: { training_award_id: award.id } },
  ]))
  refreshReadinessStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id })))
  emitEventStep({ eventName: "training_award.verified", data: transform({ award }, ({ award }) => ({ id: award.id })) })
  return new WorkflowResponse(award)
})
