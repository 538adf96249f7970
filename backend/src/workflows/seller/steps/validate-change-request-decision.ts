import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { FieldValidationError } from "../../../lib/errors"
import { SellerConflictError } from "../errors"

/**
 * Guard before the operator decides a change request: it exists (404), is still pending (409
 * `change_request_decided`) and a rejection says why. Answers the request and the seller's current
 * scale basis and amount (the update recomputes the UMKM scale from them).
 */
export const validateChangeRequestDecisionStep = createStep(
  "validate-change-request-decision",
  async (input: { id: string; decision: "accepted" | "rejected"; note?: string | null }, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const [request] = await sellers.listSellerChangeRequests({ id: input.id }, { take: 1 })
    if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Change request ${input.id} was not found`)
    if (request.status !== "pending") throw new SellerConflictError("change_request_decided")
    if (input.decision === "rejected" && !input.note?.trim()) throw new FieldValidationError([{ field: "note", code: "reason_required" }])
    const seller = await sellers.retrieveSeller(request.seller_id)
    return new StepResponse({
      id: request.id as string,
      seller_id: request.seller_id as string,
      changes: request.changes as Record<string, unknown>,
      current: { scale_basis: seller.scale_basis ?? null, declared_amount_idr: seller.declared_amount_idr == null ? null : Number(seller.declared_amount_idr) },
    })
  }
)
