import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refreshReadiness } from "../refresh"

/**
 * Recomputes and stores a seller's readiness. Derived data: nothing to undo (a later refresh
 * recomputes it from the source records), so the step has no compensation.
 */
export const refreshReadinessStep = createStep(
  "refresh-readiness",
  async (input: { seller_id: string | null }, { container }) => {
    if (!input.seller_id) return new StepResponse(null)
    const { assessment, changed } = await refreshReadiness(container, input.seller_id)
    return new StepResponse({ score: assessment.score, band: assessment.band, changed })
  }
)
