import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewSellerDocumentWorkflow } from "../../../../../../../workflows/seller/workflows/review-seller-document"
import { respondWithGuards } from "../../../../../../utils/seller-context"
import type { AdminReviewSellerDocumentBody } from "./validators"

export const REVIEWED_DOCUMENT_FIELDS = ["id", "kind", "filename", "mime_type", "size", "review_state", "review_note", "reviewed_by", "reviewed_at", "created_at"] as const

/** The operator accepts or rejects a seller's document (a rejection needs a note); 404 when it is not this seller's. */
export async function POST(req: AuthenticatedMedusaRequest<AdminReviewSellerDocumentBody>, res: MedusaResponse) {
  const body = req.validatedBody
  await respondWithGuards(req, res, async () => {
    const { result } = await reviewSellerDocumentWorkflow(req.scope).run({
      input: { seller_id: req.params.id, document_id: req.params.documentId, state: body.state, note: body.note ?? null, actor_id: req.auth_context.actor_id },
    })
    const document = Object.fromEntries(REVIEWED_DOCUMENT_FIELDS.map((f) => [f, result[f] ?? null]))
    res.json({ document })
  })
}
