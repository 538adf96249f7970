import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "zod"
import { AWARD_FIELDS, presentAward, type AwardRow } from "../../../modules/training/presenters"
import type { AdminListAwardsParams } from "../training-programs/middlewares"

/** An award with its seller and history, as the queue's Query reads it. */
type AwardQueryRow = AwardRow & {
  seller_id: string
  seller?: { id: string; handle: string; name: string } | null
  events?: ({ created_at: Date | string } & Record<string, unknown>)[] | null
}

/** The claims queue (`?verification=pending`) or any awards, oldest first, with the seller and history. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, z.infer<typeof AdminListAwardsParams>>, res: MedusaResponse) {
  const { verification, seller_id, program_id, limit, offset } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (verification) filters.verification = verification
  if (seller_id) filters.seller_id = seller_id
  if (program_id) filters.program_id = program_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "training_award",
    fields: [...AWARD_FIELDS, "seller.id", "seller.handle", "seller.name", "events.from_state", "events.to_state", "events.actor_type", "events.actor_id", "events.note", "events.created_at"],
    filters, pagination: { skip: offset, take: limit, order: { created_at: "ASC" } },
  })
  res.json({
    awards: (data as AwardQueryRow[]).map((a) => ({
      ...presentAward(a),
      seller: a.seller ? { id: a.seller.id, handle: a.seller.handle, name: a.seller.name } : { id: a.seller_id },
      history: [...(a.events ?? [])].filter(Boolean).sort((x, y) => +new Date(x.created_at) - +new Date(y.created_at)),
    })),
    count: metadata?.count ?? data.length, offset, limit,
  })
}
