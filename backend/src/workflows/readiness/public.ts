import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TRAINING_MODULE } from "../../modules/training"
import type TrainingModuleService from "../../modules/training/service"
import { presentBadge } from "../../modules/training/presenters"
import { toPublicReadiness, type PublicReadiness, type ReadinessBand } from "@canting/domain"
import { publicReadiness, refreshReadiness } from "./refresh"

/**
 * What a shopper sees of a seller's export readiness (assessed now if the seller was never assessed):
 * score, band, rubric version, the scale (100) and the highest score reachable today (86), and how many
 * of the points Canting verified and how many the workshop only declared; plus its verified training
 * badges, newest first.
 */
export async function sellerReadinessAndBadges(container: MedusaContainer, sellerId: string) {
  const [row] = await container.resolve<TrainingModuleService>(TRAINING_MODULE).listSellerReadinesses(
    { seller_id: sellerId }, { take: 1, select: ["score", "band", "version", "assessment"] }
  )
  const stored = row?.assessment as { items?: unknown; verified_points?: unknown } | null | undefined
  // Never assessed, or assessed before points were split into verified and declared: assess now.
  const readiness: PublicReadiness = row && typeof stored?.verified_points === "number"
    ? toPublicReadiness({ score: row.score, band: row.band as ReadinessBand, version: row.version, items: Array.isArray(stored.items) ? stored.items : [] })
    : toPublicReadiness((await refreshReadiness(container, sellerId)).assessment)
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
