import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "zod"
import type { AdminListSellersParams } from "./middlewares"

export const ADMIN_SELLER_LIST_FIELDS = ["id", "handle", "name", "status", "sentra", "city", "umkm_scale", "email", "created_at", "updated_at"]

/** The operator's review queue: sellers by status, newest change first, searchable by name or handle. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, q, limit, offset } = req.validatedQuery as z.infer<typeof AdminListSellersParams>
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (q) filters.$or = [{ name: { $ilike: `%${q}%` } }, { handle: { $ilike: `%${q}%` } }]
  const { data: sellers, metadata } = await query.graph({
    entity: "seller", fields: ADMIN_SELLER_LIST_FIELDS, filters,
    pagination: { skip: offset, take: limit, order: { updated_at: "DESC" } },
  })
  res.json({ sellers, count: metadata?.count ?? sellers.length, offset, limit })
}
