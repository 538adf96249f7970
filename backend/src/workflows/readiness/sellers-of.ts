import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshReadinessWorkflow } from "./workflows/refresh-readiness"
import { errorText } from "../../lib/errors"

/** Event payloads carry one id or, for batch writes, a list. */
export const idsOf = (data: { id?: string | string[] } | undefined): string[] => (Array.isArray(data?.id) ? data!.id : data?.id ? [data.id] : [])

/** The sellers owning some records of an entity, read through Query (links or a `seller` relation). */
export async function sellersOf(container: MedusaContainer, entity: string, ids: string[]): Promise<string[]> {
  if (!ids.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity, fields: ["id", "seller.id"], filters: { id: ids } })
  return [...new Set((data as ({ seller?: { id?: string } | null } | null)[]).flatMap((r) => (r?.seller?.id ? [r.seller.id] : [])))]
}

/**
 * Recomputes the readiness of each seller; a failure is logged and never breaks the action that
 * raised the event (the seller's next GET /sellers/me/readiness recomputes it anyway).
 */
export async function refreshSellers(container: MedusaContainer, sellerIds: string[], reason: string) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const seller_id of sellerIds) {
    try {
      await refreshReadinessWorkflow(container).run({ input: { seller_id } })
    } catch (err: unknown) {
      logger.warn(`readiness: could not refresh ${seller_id} after ${reason}: ${errorText(err)}`)
    }
  }
}
