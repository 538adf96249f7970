import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateSellerWorkflow } from "../../../workflows/seller/workflows/update-seller"
import { currentSellerId, respondWithGuards } from "../../utils/seller-context"
import { updateSellerInput, type UpdateSellerBody } from "../validators"

/** The signed-in member's seller, with its English story, and the member itself. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sellerId = await currentSellerId(req)
  res.json(await sellerView(req, sellerId))
}

/** Saves part of the profile (save-and-continue-later); once approved, identity fields answer 409 `identity_locked`. */
export async function POST(req: AuthenticatedMedusaRequest<UpdateSellerBody>, res: MedusaResponse) {
  const sellerId = await currentSellerId(req)
  const { seller } = await sellerView(req, sellerId)
  await respondWithGuards(req, res, async () => {
    await updateSellerWorkflow(req.scope).run({
      input: { seller_id: sellerId, update: updateSellerInput(req.validatedBody), current: seller },
    })
    res.json(await sellerView(req, sellerId))
  })
}

/** The seller as Query reads it here: every column, its story and its status history. */
type SellerRow = {
  story?: string | null
  scale_basis?: string | null
  declared_amount_idr?: number | null
  events?: { created_at: Date | string }[] | null
  [column: string]: unknown
}

async function sellerView(req: AuthenticatedMedusaRequest, sellerId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({
    entity: "seller", filters: { id: sellerId },
    fields: ["*", "events.from_status", "events.to_status", "events.reason", "events.created_at"],
  })
  const { data: [en] } = await query.graph({ entity: "seller", fields: ["id", "story"], filters: { id: sellerId } }, { locale: "en-US" })
  const { data: [member] } = await query.graph({ entity: "seller_member", fields: ["id", "email", "role"], filters: { id: req.auth_context.actor_id } })
  const { story, events, ...rest } = seller as SellerRow
  // The seller sees its decisions (status changes and the operator's reasons), not who made them.
  const history = [...(events ?? [])].sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at))
  return { seller: { ...rest, story: { id: story ?? null, en: en?.story !== story ? en?.story ?? null : null }, history }, member }
}
