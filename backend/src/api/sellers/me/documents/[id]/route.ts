import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../../../modules/seller"
import type SellerModuleService from "../../../../../modules/seller/service"
import { currentSellerId, respondWithGuards } from "../../../../utils/seller-context"
import { deleteSellerDocumentWorkflow } from "../../../../../workflows/seller/workflows/delete-seller-document"

/** Finds a document of the signed-in seller; another seller's id is simply not found. */
export async function ownDocument(req: AuthenticatedMedusaRequest) {
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const [document] = await sellers.listSellerDocuments({ id: req.params.id, seller_id: await currentSellerId(req) }, { take: 1 })
  if (!document) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Document not found")
  return document
}

/**
 * Removes one of the seller's documents and its file: not while under review, not an accepted paper
 * while approved (409 `document_verified`), not the evidence of a pending change request.
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sellerId = await currentSellerId(req)
  await respondWithGuards(req, res, async () => {
    await deleteSellerDocumentWorkflow(req.scope).run({ input: { seller_id: sellerId, document_id: req.params.id } })
    res.json({ id: req.params.id, object: "seller_document", deleted: true })
  })
}
