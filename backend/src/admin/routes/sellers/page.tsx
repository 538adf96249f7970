import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { SellerList } from "../../components/sellers/seller-list"

/** Sellers: the operator's review queue of batik workshops. */
const SellersPage = () => <SellerList />

export const config = defineRouteConfig({
  label: "nav.sellers", translationNs: "admin",
  icon: BuildingStorefront,
})

export default SellersPage
