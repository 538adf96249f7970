import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../../../../../modules/seller"
import type SellerModuleService from "../../../../../../../modules/seller/service"
import { streamDocument } from "../../../../../../sellers/me/documents/stream-document"

/** The operator views a seller's document inline. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const [document] = await sellers.listSellerDocuments({ id: req.params.documentId, seller_id: req.params.id }, { take: 1 })
  if (!document) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Document not found")
  await streamDocument(req, res, document)
}
