import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { FieldValidationError, type FieldError, RefusalError } from "../../../lib/errors"
import { inventoryItemIds } from "../inventory-items"

export type CheckSellerVariantInput = {
  seller_id: string
  product_id: string
  /** The variant edited or deleted; absent when adding one. */
  variant_id?: string
  /** The variant's title after the change ("size / colour"); must stay unique on the product. */
  title?: string
  /** The variant's SKU after the change; must not be another variant's. */
  sku?: string
  deleting?: boolean
}

/**
 * Guard of every variant change: the product (and the variant) belong to the seller, else 404;
 * a title or SKU may not repeat another variant's (400); the last variant, or one that open orders
 * hold (reserved stock), may not be deleted (409).
 */
export const checkSellerVariantStep = createStep(
  "check-seller-variant",
  async (input: CheckSellerVariantInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [product] } = await query.graph({
      entity: "product", fields: ["id", "seller.id", "variants.id", "variants.title", "variants.sku"], filters: { id: input.product_id },
    })
    const row = product as { seller?: { id: string } | null; variants?: ({ id: string; title: string; sku: string | null } | null)[] | null } | undefined
    if (!row || row.seller?.id !== input.seller_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found`)
    }
    const variants = (row.variants ?? []).filter((v): v is NonNullable<typeof v> => Boolean(v))
    if (input.variant_id && !variants.some((v) => v.id === input.variant_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${input.variant_id} was not found`)
    }
    if (input.deleting) {
      if (variants.length <= 1) throw new RefusalError("last_variant", "a listing keeps at least one variant")
      const { data: [variant] } = await query.graph({ entity: "variant", fields: ["inventory_items.inventory_item_id"], filters: { id: input.variant_id } })
      const itemIds = inventoryItemIds(variant)
      const levels = itemIds.length ? await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: itemIds }) : []
      const reserved = levels.reduce((sum, l) => sum + Number(l.reserved_quantity ?? 0), 0)
      if (reserved > 0) throw new RefusalError("variant_reserved", "open orders hold this variant")
      return new StepResponse(undefined)
    }
    const others = variants.filter((v) => v.id !== input.variant_id)
    const errors: FieldError[] = []
    if (input.title !== undefined && others.some((v) => v.title === input.title)) errors.push({ field: "size", code: "variant_duplicate" })
    if (input.sku && others.some((v) => v.sku === input.sku)) errors.push({ field: "sku", code: "sku_taken" })
    if (input.sku && !errors.some((e) => e.field === "sku")) {
      // SKUs are unique across the whole catalogue, not only within the product.
      const { data: taken } = await query.graph({ entity: "variant", fields: ["id"], filters: { sku: input.sku } })
      if ((taken as { id: string }[]).some((v) => v.id !== input.variant_id)) errors.push({ field: "sku", code: "sku_taken" })
    }
    if (errors.length) throw new FieldValidationError(errors)
    return new StepResponse(undefined)
  }
)
