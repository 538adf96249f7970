import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadOnboarding } from "../../../../workflows/seller/onboarding-state"
import { currentSellerId } from "../../../utils/seller-context"

/** Each onboarding step, complete or not, with exactly the fields and documents still missing. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, steps } = await loadOnboarding(req.scope, await currentSellerId(req))
  res.json({ status, ready: steps.every((s) => s.complete), steps })
}
