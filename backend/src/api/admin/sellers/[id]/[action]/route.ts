import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../../../modules/seller"
import type SellerModuleService from "../../../../../modules/seller/service"
import { SELLER_ACTION_WORKFLOWS } from "../../../../../workflows/seller/workflows/transition-seller"
import { respondWithGuards } from "../../../../utils/seller-context"

const ACTIONS: Record<string, keyof typeof SELLER_ACTION_WORKFLOWS> = {
  approve: "approve", reject: "reject", "request-changes": "request_changes", suspend: "suspend", reinstate: "reinstate",
}

/** The operator's decisions: approve, reject, request-changes, suspend, reinstate (reason required for three). */
export async function POST(req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse) {
  const action = ACTIONS[req.params.action]
  if (!action) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Unknown action ${req.params.action}`)
  await req.scope.resolve<SellerModuleService>(SELLER_MODULE).retrieveSeller(req.params.id) // 404 for an unknown seller
  await respondWithGuards(req, res, async () => {
    const { result: seller } = await SELLER_ACTION_WORKFLOWS[action](req.scope).run({
      input: { seller_id: req.params.id, actor_id: req.auth_context.actor_id, reason: req.validatedBody?.reason ?? null },
    })
    res.json({ seller })
  })
}
