import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

type VariantRow = { id: string; variant_rank?: number | null; inventory_items?: { inventory_item_id: string }[] | null }

/** Stocks each new variant of a product (or only `variant_ids`) at the location, in variant order; undone by removing the levels. */
export const setVariantStockStep = createStep(
  "set-variant-stock",
  async (input: { product_id: string; location_id: string; stock: number[]; variant_ids?: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "variant", fields: ["id", "variant_rank", "inventory_items.inventory_item_id"],
      filters: input.variant_ids ? { product_id: input.product_id, id: input.variant_ids } : { product_id: input.product_id },
    })
    const ordered = [...(variants as VariantRow[])].sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
    const levels = ordered.flatMap((v, i) => (v.inventory_items ?? []).map((item) => ({
      inventory_item_id: item.inventory_item_id, location_id: input.location_id, stocked_quantity: input.stock[i] ?? 0,
    })))
    const created = levels.length ? await container.resolve(Modules.INVENTORY).createInventoryLevels(levels) : []
    return new StepResponse(created, created.map((l) => l.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve(Modules.INVENTORY).deleteInventoryLevels(ids)
  }
)
