import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { stockAlertPlan, variantStock, VARIANT_STOCK_FIELDS, type VariantStock, type VariantStockRow } from "../stock"

/** Which variants to look at: an order's, those stocked through some inventory levels, or named ones. */
export type StockAlertTarget = { order_id?: string; inventory_level_ids?: string[]; variant_ids?: string[] }

const ids = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))]

async function targetVariantIds(container: MedusaContainer, target: StockAlertTarget): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const found: (string | null | undefined)[] = [...(target.variant_ids ?? [])]
  if (target.order_id) {
    const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "items.variant_id"], filters: { id: target.order_id } })
    found.push(...((order as { items?: ({ variant_id?: string | null } | null)[] | null } | undefined)?.items ?? []).map((i) => i?.variant_id))
  }
  if (target.inventory_level_ids?.length) {
    const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ id: target.inventory_level_ids }, { select: ["inventory_item_id"] })
    const itemIds = ids(levels.map((l) => l.inventory_item_id))
    if (itemIds.length) {
      const { data: items } = await query.graph({ entity: "inventory_item", fields: ["id", "variants.id"], filters: { id: itemIds } })
      found.push(...(items as { variants?: ({ id: string } | null)[] | null }[]).flatMap((i) => (i.variants ?? []).map((v) => v?.id)))
    }
  }
  return ids(found)
}

/**
 * Reads the targeted variants' stock at their workshop's own location, their listings' thresholds
 * and which of them the workshop was already told about, and plans: whom to tell (after a sale,
 * `notify`) and which alerts a restock has ended. Reads only.
 */
export const planStockAlertsStep = createStep(
  "plan-stock-alerts",
  async (input: StockAlertTarget & { notify: boolean }, { container }) => {
    const variantIds = await targetVariantIds(container, input)
    if (!variantIds.length) return new StepResponse({ notify: [] as VariantStock[], clear: [] as string[] })
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "variant", fields: VARIANT_STOCK_FIELDS, filters: { id: variantIds } })
    const stocks = (data as unknown as VariantStockRow[]).flatMap((row) => variantStock(row) ?? [])
    const alerts = stocks.length
      ? await container.resolve<SellerModuleService>(SELLER_MODULE).listSellerStockAlerts({ variant_id: stocks.map((s) => s.variant_id) }, { select: ["variant_id"] })
      : []
    return new StepResponse(stockAlertPlan(stocks, new Set(alerts.map((a) => a.variant_id)), input.notify))
  }
)
