import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SellerStatus } from "@canting/domain"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

export type StatusEventInput = {
  seller_id: string; from: SellerStatus; to: SellerStatus; actor_type: string; actor_id: string; reason?: string | null
}

/** Records who moved the seller from which status to which, when and why; undone by deleting the record. */
export const recordSellerStatusEventStep = createStep(
  "record-seller-status-event",
  async (input: StatusEventInput, { container }) => {
    const event = await container.resolve<SellerModuleService>(SELLER_MODULE).createSellerStatusEvents({
      seller_id: input.seller_id, from_status: input.from, to_status: input.to,
      actor_type: input.actor_type, actor_id: input.actor_id, reason: input.reason ?? null,
    })
    return new StepResponse(event, event.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<SellerModuleService>(SELLER_MODULE).deleteSellerStatusEvents(id)
  }
)
