import { model } from "@medusajs/framework/utils"
import Seller from "./seller"

/** A person who signs in for a seller (actor type `seller`): the owner or staff. */
const SellerMember = model.define("seller_member", {
  id: model.id({ prefix: "selmem" }).primaryKey(),
  email: model.text().searchable(),
  name: model.text().nullable(),
  role: model.enum(["owner", "staff"]).default("staff"),
  seller: model.belongsTo(() => Seller, { mappedBy: "members" }),
})

export default SellerMember
