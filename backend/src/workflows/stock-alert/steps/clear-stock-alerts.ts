import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

type AlertRow = { seller_id: string; product_id: string; variant_id: string; available: number; threshold: number }

/** Forgets the alerts of restocked variants, so their next fall to the threshold tells the workshop again; undone by restoring them. */
export const clearStockAlertsStep = createStep(
  "clear-stock-alerts",
  async (variantIds: string[], { container }) => {
    if (!variantIds.length) return new StepResponse([] as AlertRow[], [] as AlertRow[])
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const rows = await sellers.listSellerStockAlerts({ variant_id: variantIds })
    if (rows.length) await sellers.deleteSellerStockAlerts(rows.map((r) => r.id))
    const removed = rows.map(({ seller_id, product_id, variant_id, available, threshold }) => ({ seller_id, product_id, variant_id, available, threshold }))
    return new StepResponse(removed, removed)
  },
  async (removed, { container }) => {
    if (removed?.length) await container.resolve<SellerModuleService>(SELLER_MODULE).createSellerStockAlerts(removed)
  }
)
