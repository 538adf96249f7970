import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { SELLER_TRANSITIONS, type SellerAction } from "../../../modules/seller/transitions"
import { onboardingGaps } from "../../../modules/seller/onboarding"
import { loadOnboarding } from "../onboarding-state"
import { FieldValidationError, OnboardingIncompleteError, RefusalError } from "../../../lib/errors"

/** Guard: the action is allowed from the seller's status, a reason is given where required, and a submit is complete. */
export const validateSellerTransitionStep = createStep(
  "validate-seller-transition",
  async (input: { seller_id: string; action: SellerAction; reason?: string | null }, { container }) => {
    const rule = SELLER_TRANSITIONS[input.action]
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const seller = await sellers.retrieveSeller(input.seller_id)
    if (!rule.from.includes(seller.status)) {
      throw new RefusalError("transition_not_allowed", `cannot ${input.action} a ${seller.status} seller`)
    }
    if (rule.reason && !input.reason?.trim()) throw new FieldValidationError([{ field: "reason", code: "reason_required" }])
    if (input.action === "submit") {
      const missing = onboardingGaps((await loadOnboarding(container, seller.id)).steps)
      if (missing.length) throw new OnboardingIncompleteError(missing)
    }
    return new StepResponse({ from: seller.status })
  }
)
