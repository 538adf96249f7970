import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { respondWithGuards } from "../../utils/seller-context"
import type { DecideChangeRequestInput } from "../../../workflows/seller/workflows/decide-seller-change-request"

/** A change request as the module returns it (all its columns pass through). */
type ChangeRequestRow = { seller_id: string; [column: string]: unknown }

/** The operator's note on a decision (validated by the accept/reject body schemas). */
export type DecisionBody = { note?: string | null } | undefined

/** The operator's view of a change request: everything, plus the seller's name, handle and status. */
export async function withSellers(req: AuthenticatedMedusaRequest, requests: ChangeRequestRow[]) {
  const ids = [...new Set(requests.map((r) => r.seller_id))]
  const sellers = ids.length
    ? await req.scope.resolve<SellerModuleService>(SELLER_MODULE).listSellers({ id: ids }, { select: ["id", "name", "handle", "status"] })
    : []
  const byId = new Map(sellers.map((s) => [s.id, { id: s.id, name: s.name, handle: s.handle, status: s.status }]))
  return requests.map((r) => ({ ...r, seller: byId.get(r.seller_id) ?? null }))
}

/** Runs an accept/reject workflow for the signed-in operator and answers the decided request. */
export async function decide(
  req: AuthenticatedMedusaRequest<DecisionBody>,
  res: MedusaResponse,
  workflow: (scope: MedusaContainer) => { run: (o: { input: DecideChangeRequestInput }) => Promise<{ result: unknown }> }
) {
  const note = req.validatedBody?.note ?? null
  await respondWithGuards(req, res, async () => {
    const { result } = await workflow(req.scope).run({ input: { id: req.params.id, actor_id: req.auth_context.actor_id, note } })
    const [change_request] = await withSellers(req, [result as ChangeRequestRow])
    res.json({ change_request })
  })
}
