import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitSellerWorkflow } from "../../../../workflows/seller/workflows/transition-seller"
import { currentSellerId, respondWithGuards } from "../../../utils/seller-context"

/** Sends the profile for review; 400 listing every gap when incomplete. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sellerId = await currentSellerId(req)
  await respondWithGuards(req, res, async () => {
    const { result: seller } = await submitSellerWorkflow(req.scope).run({
      input: { seller_id: sellerId, actor_id: req.auth_context.actor_id },
    })
    res.json({ seller })
  })
}
