import type { TrainingLevel } from "@canting/domain"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import type { LinkDefinition } from "@medusajs/framework/types"
import { SELLER_MODULE } from "../../../modules/seller"
import { TRAINING_MODULE } from "../../../modules/training"
import { findOrCreateProgramStep, type ProgramInput } from "../steps/find-or-create-program"
import { ensureNoDuplicateAwardStep } from "../steps/ensure-no-duplicate-award"
import { createAwardStep, type CreateAwardInput } from "../steps/create-award"
import { refreshReadinessStep } from "../../readiness/steps/refresh-readiness"

export type ClaimTrainingInput = {
  seller_id: string; member_id: string; program: Omit<ProgramInput, "created_by">; level: TrainingLevel; certificate_number?: string | null
  evidence: NonNullable<CreateAwardInput["evidence"]>
}

/**
 * A seller claims a badge with evidence: the programme (found or created) → guard (no live award from
 * it yet) → pending award with its first history entry → seller link → readiness recomputed (a pending
 * claim earns half points) → event `training_award.claimed`.
 */
export const claimTrainingWorkflow = createWorkflow("claim-training", (input: ClaimTrainingInput) => {
  const program = findOrCreateProgramStep(transform({ input }, ({ input }) => ({ ...input.program, created_by: `seller:${input.member_id}` })))
  ensureNoDuplicateAwardStep(transform({ input, program }, ({ input, program }) => ({ seller_id: input.seller_id, program_id: program.id })))
  const award = createAwardStep(transform({ input, program }, ({ input, program }): CreateAwardInput => ({
    seller_id: input.seller_id, program_id: program.id, level: input.level, certificate_number: input.certificate_number,
    evidence: input.evidence, verification: "pending", source: "seller_claim", actor_type: "seller", actor_id: input.member_id,
  })))
  createRemoteLinkStep(transform({ input, award }, ({ input, award }): LinkDefinition[] => [
    { [SELLER_MODULE]: { seller_id: input.seller_id }, [TRAINING_MODULE]: { training_award_id: award.id } },
  ]))
  refreshReadinessStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id })))
  emitEventStep({ eventName: "training_award.claimed", data: transform({ award }, ({ award }) => ({ id: award.id })) })
  return new WorkflowResponse(award)
})
