import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { AWARD_TRANSITIONS, type AwardAction } from "../../../modules/training/constants"
import { validateAwardTransitionStep } from "../steps/validate-award-transition"
import { setAwardVerificationStep } from "../steps/set-award-verification"
import { refreshReadinessStep } from "../../readiness/steps/refresh-readiness"

export type AwardTransitionInput = { award_id: string; actor_id: string; note?: string | null }

/** One operator decision: guard → state + history entry → readiness recomputed → event `training_award.<state>`. */
function transitionWorkflow(id: string, action: AwardAction) {
  const rule = AWARD_TRANSITIONS[action]
  return createWorkflow(id, (input: AwardTransitionInput) => {
    const guard = validateAwardTransitionStep(transform({ input }, ({ input }) => ({ ...input, action })))
    const award = setAwardVerificationStep(transform({ input, guard }, ({ input, guard }) => ({
      award_id: input.award_id, from: guard.from, to: rule.to, note: input.note, actor_id: input.actor_id,
    })))
    refreshReadinessStep(transform({ guard }, ({ guard }) => ({ seller_id: guard.seller_id })))
    emitEventStep({ eventName: `training_award.${rule.to}`, data: transform({ input }, ({ input }) => ({ id: input.award_id })) })
    return new WorkflowResponse(award)
  })
}

/** pending (or rejected) → verified. */
export const verifyAwardWorkflow = transitionWorkflow("verify-training-award", "verify")
/** pending (or verified) → rejected, with a note. */
export const rejectAwardWorkflow = transitionWorkflow("reject-training-award", "reject")

export const AWARD_ACTION_WORKFLOWS = { verify: verifyAwardWorkflow, reject: rejectAwardWorkflow } as const
