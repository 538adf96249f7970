import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import SellerModule from "../modules/seller"

/**
 * A seller's own shipping profile: its products use it and its shipping options serve it, so a
 * cart with pieces of two workshops needs one shipping method per workshop.
 */
export default defineLink(SellerModule.linkable.seller, FulfillmentModule.linkable.shippingProfile)
