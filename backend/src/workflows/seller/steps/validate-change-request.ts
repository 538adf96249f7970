import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { changedIdentityFields, isIdentityLocked } from "../../../modules/seller/identity"
import { FieldValidationError } from "../../../lib/errors"
import { SellerConflictError } from "../errors"

export type ChangeRequestGuardInput = { seller_id: string; changes: Record<string, unknown>; document_ids: string[] }

/**
 * Guard before a seller asks to change its locked identity: the identity is locked (else it edits
 * directly, 409), no other request is pending (409), the evidence documents are its own (400, ids
 * never confirmed), something actually changes and a new handle is free (400). Answers only the
 * fields that change, with their current values.
 */
export const validateChangeRequestStep = createStep(
  "validate-change-request",
  async (input: ChangeRequestGuardInput, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const seller = await sellers.retrieveSeller(input.seller_id)
    if (!isIdentityLocked(seller.status)) throw new SellerConflictError("change_request_not_needed")
    const [pending] = await sellers.listSellerChangeRequests({ seller_id: seller.id, status: "pending" }, { take: 1 })
    if (pending) throw new SellerConflictError("change_request_pending")
    const ids = [...new Set(input.document_ids)]
    if (ids.length) {
      const own = await sellers.listSellerDocuments({ id: ids, seller_id: seller.id }, { select: ["id"] })
      if (own.length !== ids.length) throw new FieldValidationError([{ field: "document_ids", code: "not_found" }])
    }
    const fields = changedIdentityFields(seller, input.changes)
    if (!fields.length) throw new FieldValidationError([{ field: "changes", code: "no_change" }])
    if (fields.includes("handle")) {
      const [taken] = await sellers.listSellers({ handle: input.changes.handle as string }, { take: 1 })
      if (taken && taken.id !== seller.id) throw new FieldValidationError([{ field: "changes.handle", code: "handle_taken" }])
    }
    return new StepResponse({
      changes: Object.fromEntries(fields.map((f) => [f, input.changes[f]])),
      previous: Object.fromEntries(fields.map((f) => [f, seller[f] ?? null])),
      document_ids: ids,
    })
  }
)
