import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

type VariantRow = { id: string; title?: string | null; inventory_items?: { inventory_item_id: string }[] | null }

export type SetVariantStockInput = {
  product_id: string
  location_id: string
  /** Quantities in the order of `titles`. */
  stock: number[]
  /**
   * The titles of the variants `stock` is for, in its order. A listing's variant title is its one
   * option value, so it is unique within the listing; Query returns variants in no set order (and
   * Medusa leaves every `variant_rank` at 0), so position alone would give one variant's stock to another.
   */
  titles: string[]
  variant_ids?: string[]
}

/** Stocks each new variant of a product (or only `variant_ids`) at the location, by title; undone by removing the levels. */
export const setVariantStockStep = createStep(
  "set-variant-stock",
  async (input: SetVariantStockInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "variant", fields: ["id", "title", "inventory_items.inventory_item_id"],
      filters: input.variant_ids ? { product_id: input.product_id, id: input.variant_ids } : { product_id: input.product_id },
    })
    const quantity = new Map(input.titles.map((title, i) => [title, input.stock[i] ?? 0]))
    const levels = (variants as VariantRow[]).flatMap((v) => (v.inventory_items ?? []).map((item) => ({
      inventory_item_id: item.inventory_item_id, location_id: input.location_id, stocked_quantity: quantity.get(v.title ?? "") ?? 0,
    })))
    const created = levels.length ? await container.resolve(Modules.INVENTORY).createInventoryLevels(levels) : []
    return new StepResponse(created, created.map((l) => l.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve(Modules.INVENTORY).deleteInventoryLevels(ids)
  }
)
