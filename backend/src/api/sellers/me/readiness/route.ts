import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readinessHistory, refreshReadiness } from "../../../../workflows/readiness/refresh"
import { currentSellerId } from "../../../utils/seller-context"

/**
 * The seller's export readiness under the published rubric, recomputed now (a history point is
 * added only when the score or band changed), with the history oldest first (at most 52 points).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sellerId = await currentSellerId(req)
  const { assessment } = await refreshReadiness(req.scope, sellerId)
  res.json({ readiness: assessment, history: await readinessHistory(req.scope, sellerId) })
}
