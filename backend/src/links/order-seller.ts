import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import SellerModule from "../modules/seller"

/**
 * One checkout is one Medusa order; it is linked to every seller whose pieces it contains
 * (many orders per seller, many sellers per order). Created when the order is placed.
 */
export default defineLink(
  { linkable: OrderModule.linkable.order, isList: true },
  { linkable: SellerModule.linkable.seller, isList: true }
)
