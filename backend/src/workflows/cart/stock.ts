import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type CartLine = { variant_id: string; quantity: number }
export type Shortage = { variant_id: string; requested: number; available: number }
export type StockCheck = { shortages: Shortage[]; inventoryItemIds: string[] }

type Level = { location_id: string; stocked_quantity: number; reserved_quantity: number }
type VariantStock = {
  id: string
  manage_inventory: boolean
  allow_backorder: boolean
  inventory_items?: { inventory_item_id: string; required_quantity: number; inventory?: { location_levels?: Level[] } }[]
}

/**
 * Whether the lines can be served from the stock of the sales channel's locations, read fresh
 * from the database. Quantities of lines sharing an inventory item are added up; an item counts
 * only what one location holds (Medusa reserves each item at one location). Variants without
 * managed inventory or with backorders allowed never fall short. Also returns the inventory items
 * involved, so completion can lock exactly those.
 */
export async function checkStock(container: MedusaContainer, salesChannelId: string | null | undefined, lines: CartLine[]): Promise<StockCheck> {
  const variantIds = [...new Set(lines.map((l) => l.variant_id).filter(Boolean))]
  if (!variantIds.length) return { shortages: [], inventoryItemIds: [] }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: [
      "id", "manage_inventory", "allow_backorder",
      "inventory_items.inventory_item_id", "inventory_items.required_quantity",
      "inventory_items.inventory.location_levels.location_id",
      "inventory_items.inventory.location_levels.stocked_quantity",
      "inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: variantIds },
  })
  const channelLocations = new Set<string>()
  if (salesChannelId) {
    const { data } = await query.graph({ entity: "sales_channel_locations", fields: ["stock_location_id"], filters: { sales_channel_id: salesChannelId } })
    for (const l of data as { stock_location_id: string }[]) channelLocations.add(l.stock_location_id)
  }

  const limited = (variants as unknown as VariantStock[]).filter((v) => v.manage_inventory && !v.allow_backorder)
  const needByItem = new Map<string, number>()
  const availableByItem = new Map<string, number>()
  const requestedByVariant = new Map<string, number>()
  for (const line of lines) requestedByVariant.set(line.variant_id, (requestedByVariant.get(line.variant_id) ?? 0) + line.quantity)
  for (const variant of limited) {
    for (const link of variant.inventory_items ?? []) {
      const need = (requestedByVariant.get(variant.id) ?? 0) * Number(link.required_quantity ?? 1)
      needByItem.set(link.inventory_item_id, (needByItem.get(link.inventory_item_id) ?? 0) + need)
      const atBestLocation = Math.max(0, ...(link.inventory?.location_levels ?? [])
        .filter((level) => channelLocations.has(level.location_id))
        .map((level) => Number(level.stocked_quantity) - Number(level.reserved_quantity)))
      availableByItem.set(link.inventory_item_id, atBestLocation)
    }
  }

  const shortItems = new Set([...needByItem].filter(([item, need]) => need > (availableByItem.get(item) ?? 0)).map(([item]) => item))
  const shortages: Shortage[] = []
  for (const variant of limited) {
    const links = variant.inventory_items ?? []
    // A managed variant without inventory items cannot be reserved at all.
    if (links.length && !links.some((l) => shortItems.has(l.inventory_item_id))) continue
    const available = links.length
      ? Math.min(...links.map((l) => Math.floor((availableByItem.get(l.inventory_item_id) ?? 0) / Number(l.required_quantity ?? 1))))
      : 0
    shortages.push({ variant_id: variant.id, requested: requestedByVariant.get(variant.id) ?? 0, available })
  }
  return { shortages, inventoryItemIds: [...needByItem.keys()].sort() }
}
