import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { FieldValidationError } from "../../../lib/errors"
import { inventoryItemIds } from "../inventory-items"

type Level = { inventory_item_id: string; location_id: string; stocked_quantity: number }

/**
 * Works out how to set a variant's stocked quantity at the seller's location: an update of the
 * existing level (reservations untouched) or a new level. A quantity below what open orders have
 * reserved is refused with `stock: out_of_range`. Reads only; the writes are core workflows.
 */
export const planVariantStockStep = createStep(
  "plan-variant-stock",
  async (input: { variant_id: string; location_id: string; stock?: number }, { container }) => {
    const none = { updates: [] as Level[], creates: [] as Level[] }
    if (input.stock === undefined) return new StepResponse(none)
    const { data: [variant] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "variant", fields: ["id", "inventory_items.inventory_item_id"], filters: { id: input.variant_id },
    })
    const itemIds = inventoryItemIds(variant)
    if (!itemIds.length) throw new FieldValidationError([{ field: "stock", code: "invalid" }])
    const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: itemIds, location_id: input.location_id })
    const plan = { updates: [] as Level[], creates: [] as Level[] }
    for (const inventory_item_id of itemIds) {
      const level = levels.find((l) => l.inventory_item_id === inventory_item_id)
      const wanted = { inventory_item_id, location_id: input.location_id, stocked_quantity: input.stock }
      if (!level) plan.creates.push(wanted)
      else if (input.stock < Number(level.reserved_quantity ?? 0)) throw new FieldValidationError([{ field: "stock", code: "out_of_range" }])
      else plan.updates.push(wanted)
    }
    return new StepResponse(plan)
  }
)
