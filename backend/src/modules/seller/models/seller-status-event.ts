import { model } from "@medusajs/framework/utils"
import { SELLER_STATUSES } from "@canting/domain"
import Seller from "./seller"

/** One recorded status transition: who, when, from, to and why. */
const SellerStatusEvent = model.define("seller_status_event", {
  id: model.id({ prefix: "selevt" }).primaryKey(),
  from_status: model.enum([...SELLER_STATUSES]),
  to_status: model.enum([...SELLER_STATUSES]),
  actor_type: model.text(),
  actor_id: model.text(),
  reason: model.text().nullable(),
  seller: model.belongsTo(() => Seller, { mappedBy: "events" }),
})

export default SellerStatusEvent
