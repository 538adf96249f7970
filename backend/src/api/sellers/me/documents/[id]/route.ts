import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../../../modules/seller"
import type SellerModuleService from "../../../../../modules/seller/service"
import { EDITABLE_STATUSES } from "../../../../../modules/seller/transitions"
import { currentSellerId } from "../../../../utils/seller-context"

/** Finds a document of the signed-in seller; another seller's id is simply not found. */
export async function ownDocument(req: AuthenticatedMedusaRequest) {
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const [document] = await sellers.listSellerDocuments({ id: req.params.id, seller_id: await currentSellerId(req) }, { take: 1 })
  if (!document) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Document not found")
  return document
}

/** Removes one of the seller's documents and its file (not while under review). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const document = await ownDocument(req)
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const seller = await sellers.retrieveSeller(document.seller_id)
  if (!EDITABLE_STATUSES.includes(seller.status)) {
    return res.status(409).json({ type: "not_allowed", code: "status_locked", message: `status_locked: a ${seller.status} seller cannot change documents` })
  }
  await sellers.deleteSellerDocuments(document.id)
  await req.scope.resolve(Modules.FILE).deleteFiles([document.file_id])
  res.json({ id: document.id, object: "seller_document", deleted: true })
}
