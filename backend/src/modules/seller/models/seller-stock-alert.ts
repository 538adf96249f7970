import { model } from "@medusajs/framework/utils"

/**
 * "This workshop has been told that this variant is running low" (issue #21). One row per variant
 * at most, enforced by the unique index: the order whose insert wins sends the email, so two orders
 * completing at once cannot both notify. The row is deleted when the stock rises above the
 * threshold again (a restock), which lets the next fall notify again.
 */
const SellerStockAlert = model.define("seller_stock_alert", {
  id: model.id({ prefix: "selstk" }).primaryKey(),
  seller_id: model.text().index(),
  product_id: model.text(),
  variant_id: model.text(),
  /** What could still be sold, and the threshold it fell to, when the workshop was told. */
  available: model.number(),
  threshold: model.number(),
}).indexes([{ on: ["variant_id"], unique: true }])

export default SellerStockAlert
