import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import SellerModule from "../modules/seller"

/** A seller ships from its own workshop: one stock location per seller, created when it is approved. */
export default defineLink(SellerModule.linkable.seller, StockLocationModule.linkable.stockLocation)
