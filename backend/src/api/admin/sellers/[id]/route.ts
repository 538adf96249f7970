import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../../modules/seller"
import type SellerModuleService from "../../../../modules/seller/service"

/**
 * One seller for review: full profile, English story, members, documents, status history, every
 * decision on its documents (oldest first) and its identity change requests (newest first).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const fields = ["*", "members.id", "members.email", "members.name", "members.role",
    "documents.id", "documents.kind", "documents.filename", "documents.mime_type", "documents.size", "documents.review_state", "documents.review_note", "documents.reviewed_by", "documents.reviewed_at", "documents.created_at",
    "events.id", "events.from_status", "events.to_status", "events.actor_type", "events.actor_id", "events.reason", "events.created_at"]
  const { data: [seller] } = await query.graph({ entity: "seller", fields, filters: { id: req.params.id } })
  if (!seller) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${req.params.id} was not found`)
  const { data: [en] } = await query.graph({ entity: "seller", fields: ["id", "story"], filters: { id: req.params.id } }, { locale: "en-US" })
  const { events, story, ...rest } = seller as { story?: string | null; events?: { created_at: Date | string }[] | null; [column: string]: unknown }
  const history = [...(events ?? [])].sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at))
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const [document_decisions, change_requests] = await Promise.all([
    sellers.listSellerDocumentDecisions({ seller_id: req.params.id }, { order: { created_at: "ASC" } }),
    sellers.listSellerChangeRequests({ seller_id: req.params.id }, { order: { created_at: "DESC" } }),
  ])
  res.json({ seller: { ...rest, story: { id: story ?? null, en: en?.story !== story ? en?.story ?? null : null }, history, document_decisions, change_requests } })
}
