import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { errorMessage } from "@canting/i18n"
import { requestLocale } from "../../../../utils/errors"
import { cartShippingGroups } from "../../../../../workflows/cart/seller-shipping"

/**
 * GET /store/carts/:id/seller-shipping — the shipping step of checkout: for each workshop in the
 * cart, its shipping options for the cart's address (Indonesia → domestic courier; other
 * countries → international courier/EMS) and the one already chosen. Cart ownership is checked
 * by the store cart guard (a registered shopper's cart answers 404 to anyone else).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { data: [cart] } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart", fields: ["id", "completed_at", "shipping_address.country_code"], filters: { id: req.params.id },
  })
  const row = cart as { completed_at?: Date | string | null; shipping_address?: { country_code?: string | null } | null } | undefined
  if (!row || row.completed_at) {
    return res.status(404).json({ type: "not_found", code: "not_found", message: errorMessage("not_found", requestLocale(req)) })
  }
  const hasAddress = Boolean(row.shipping_address?.country_code)
  const sellers = await cartShippingGroups(req.scope, req.params.id, { withOptions: hasAddress })
  res.json({ sellers, complete: sellers.every((s) => s.chosen) })
}
