import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

export type ChangeRequestDecision = { id: string; status: "accepted" | "rejected"; decided_by: string; decision_note: string | null }

/** Records the operator's decision on a change request (who, when, note); undone by making it pending again. */
export const setChangeRequestDecisionStep = createStep(
  "set-change-request-decision",
  async (input: ChangeRequestDecision, { container }) => {
    const request = await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellerChangeRequests({ ...input, decided_at: new Date() })
    return new StepResponse(request, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellerChangeRequests({
      id, status: "pending", decided_by: null, decided_at: null, decision_note: null,
    })
  }
)
