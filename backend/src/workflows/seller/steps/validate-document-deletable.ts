import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { EDITABLE_STATUSES } from "../../../modules/seller/transitions"
import { SellerConflictError } from "../errors"
import { RefusalError } from "../../../lib/errors"

/**
 * Guard before a seller deletes a document: it is the seller's (404 otherwise), the status allows
 * editing, an accepted paper is kept while the seller is approved (its verified evidence), and a
 * document cited by a pending change request is kept until the operator decides. Returns its file id.
 */
export const validateDocumentDeletableStep = createStep(
  "validate-document-deletable",
  async (input: { seller_id: string; document_id: string }, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const [document] = await sellers.listSellerDocuments({ id: input.document_id, seller_id: input.seller_id }, { take: 1 })
    if (!document) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Document not found")
    const seller = await sellers.retrieveSeller(input.seller_id)
    if (!EDITABLE_STATUSES.includes(seller.status)) {
      throw new RefusalError("status_locked", `a ${seller.status} seller cannot change documents`)
    }
    if (seller.status === "approved" && document.review_state === "accepted") throw new SellerConflictError("document_verified")
    const pending = await sellers.listSellerChangeRequests({ seller_id: input.seller_id, status: "pending" })
    if (pending.some((r) => ((r.document_ids as string[] | null) ?? []).includes(document.id))) {
      throw new SellerConflictError("document_in_change_request")
    }
    return new StepResponse({ file_id: document.file_id as string })
  }
)
