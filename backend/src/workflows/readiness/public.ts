import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TRAINING_MODULE } from "../../modules/training"
import type TrainingModuleService from "../../modules/training/service"
import { presentBadge } from "../../modules/training/presenters"
import { publicReadiness, refreshReadiness } from "./refresh"

/**
 * What a shopper sees of a seller's export readiness: score, band and rubric version (assessed now
 * if the seller was never assessed) and its verified training badges, newest first.
 */
export async function sellerReadinessAndBadges(container: MedusaContainer, sellerId: string) {
  let readiness = (await publicReadiness(container, [sellerId])).get(sellerId) ?? null
  if (!readiness) {
    const { assessment } = await refreshReadiness(container, sellerId)
    readiness = { score: assessment.score, band: assessment.band, version: assessment.version }
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "training_award",
    fields: ["id", "level", "created_at", "program.kind", "program.name", "program.organiser", "program.starts_at", "program.ends_at"],
    filters: { seller_id: sellerId, verification: "verified" },
    pagination: { order: { created_at: "DESC" } },
  })
  return { readiness, badges: data.map(presentBadge) }
}

/** Ids of the sellers whose stored band is export-ready (for `GET /store/sellers?export_ready=true`). */
export async function exportReadySellerIds(container: MedusaContainer): Promise<string[]> {
  const rows = await container.resolve<TrainingModuleService>(TRAINING_MODULE).listSellerReadinesses({ band: "export_ready" }, { select: ["seller_id"] })
  return rows.map((r) => r.seller_id)
}

/** Adds `readiness_band` (null when never assessed) to each listed seller. */
export async function withReadinessBands<T extends { id: string }>(container: MedusaContainer, sellers: T[]) {
  const bands = await publicReadiness(container, sellers.map((s) => s.id))
  return sellers.map((s) => ({ ...s, readiness_band: bands.get(s.id)?.band ?? null }))
}
