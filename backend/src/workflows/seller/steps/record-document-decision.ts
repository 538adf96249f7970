import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

export type DocumentDecisionInput = {
  seller_id: string; document_id: string; kind: string; decision: "accepted" | "rejected"; note: string | null; actor_id: string
}

/** Keeps the operator's decision on a document as history (the document shows only the latest); undone by deleting it. */
export const recordDocumentDecisionStep = createStep(
  "record-document-decision",
  async (input: DocumentDecisionInput, { container }) => {
    const decision = await container.resolve<SellerModuleService>(SELLER_MODULE).createSellerDocumentDecisions(input)
    return new StepResponse(decision, decision.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<SellerModuleService>(SELLER_MODULE).deleteSellerDocumentDecisions(id)
  }
)
