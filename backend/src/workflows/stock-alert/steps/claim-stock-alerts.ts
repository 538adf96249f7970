import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { hasErrorType } from "../../../lib/errors"
import type { VariantStock } from "../stock"

export type ClaimedAlert = VariantStock & { alert_id: string }

/**
 * Records "told" for each variant running low, one insert per variant. The unique index on
 * `variant_id` decides between orders completing at once: a variant another run has just claimed
 * refuses the insert and is left out, so only one run sends its email. Undone by deleting
 * what this run inserted (its email then was not sent, and a retry may claim again).
 */
export const claimStockAlertsStep = createStep(
  "claim-stock-alerts",
  async (stocks: VariantStock[], { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const claimed: ClaimedAlert[] = []
    for (const s of stocks) {
      try {
        const row = await sellers.createSellerStockAlerts({ seller_id: s.seller_id, product_id: s.product_id, variant_id: s.variant_id, available: s.available, threshold: s.threshold })
        claimed.push({ ...s, alert_id: row.id })
      } catch (err) {
        // Medusa maps a unique violation to INVALID_DATA; the row being there is what tells it from any other refusal.
        if (!hasErrorType(err, MedusaError.Types.INVALID_DATA, MedusaError.Types.DUPLICATE_ERROR)) throw err
        const [held] = await sellers.listSellerStockAlerts({ variant_id: s.variant_id }, { select: ["id"] })
        if (!held) throw err
      }
    }
    return new StepResponse(claimed, claimed.map((c) => c.alert_id))
  },
  async (alertIds, { container }) => {
    if (alertIds?.length) await container.resolve<SellerModuleService>(SELLER_MODULE).deleteSellerStockAlerts(alertIds)
  }
)
