import { createStep } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { FieldValidationError } from "../../../lib/errors"

/** Guard: the handle is free (or already this seller's). */
export const validateSellerHandleStep = createStep(
  "validate-seller-handle",
  async (input: { handle?: string; seller_id?: string }, { container }) => {
    if (!input.handle) return
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const [taken] = await sellers.listSellers({ handle: input.handle }, { take: 1 })
    if (taken && taken.id !== input.seller_id) throw new FieldValidationError([{ field: "handle", code: "handle_taken" }])
  }
)
