/** A variant read with `inventory_items.inventory_item_id` (Query may hand back null entries). */
export type VariantInventoryItems = { inventory_items?: ({ inventory_item_id: string } | null)[] | null }

/** The ids of the inventory items a variant is stocked through. */
export const inventoryItemIds = (variant: VariantInventoryItems | undefined): string[] =>
  (variant?.inventory_items ?? []).flatMap((i) => (i ? [i.inventory_item_id] : []))
