import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { assessReadiness, type ReadinessAssessment, type ReadinessBand } from "@canting/domain"
import { TRAINING_MODULE } from "../../modules/training"
import type TrainingModuleService from "../../modules/training/service"
import { gatherReadinessInput } from "./gather"
import { now } from "../../lib/clock"

/** How many history points a seller sees (about a year of weekly changes). */
export const HISTORY_LIMIT = 52

export type ReadinessRefresh = { assessment: ReadinessAssessment; changed: boolean }

/**
 * Recomputes one seller's readiness and stores it. Idempotent and cheap to repeat: the current row is
 * written only when the assessment differs, and a history snapshot only when the score, band or rubric
 * version changed since the last one.
 */
export async function refreshReadiness(container: MedusaContainer, sellerId: string, at = now()): Promise<ReadinessRefresh> {
  // One refresh per seller at a time (a subscriber and a GET may race), so a change is snapshotted once.
  const locking = container.hasRegistration(Modules.LOCKING) ? container.resolve(Modules.LOCKING) : null
  return locking
    ? locking.execute(`readiness:${sellerId}`, () => refreshUnlocked(container, sellerId, at), { timeout: 30 })
    : refreshUnlocked(container, sellerId, at)
}

async function refreshUnlocked(container: MedusaContainer, sellerId: string, now: Date): Promise<ReadinessRefresh> {
  const assessment = assessReadiness(await gatherReadinessInput(container, sellerId), now)
  const training = container.resolve<TrainingModuleService>(TRAINING_MODULE)
  const [current] = await training.listSellerReadinesses({ seller_id: sellerId }, { take: 1 })
  const row = { score: assessment.score, band: assessment.band, version: assessment.version, assessment, computed_at: now }
  if (!current) await training.createSellerReadinesses({ seller_id: sellerId, ...row })
  else if (JSON.stringify(current.assessment) !== JSON.stringify(assessment)) await training.updateSellerReadinesses({ id: current.id, ...row })

  const [last] = await training.listReadinessSnapshots({ seller_id: sellerId }, { take: 1, order: { computed_at: "DESC" } })
  const changed = !last || last.score !== assessment.score || last.band !== assessment.band || last.version !== assessment.version
  if (changed) await training.createReadinessSnapshots({ seller_id: sellerId, score: assessment.score, band: assessment.band, version: assessment.version, computed_at: now })
  return { assessment, changed }
}

/** The seller's readiness history, oldest first, at most the last 52 changes. */
export async function readinessHistory(container: MedusaContainer, sellerId: string) {
  const rows = await container.resolve<TrainingModuleService>(TRAINING_MODULE).listReadinessSnapshots(
    { seller_id: sellerId }, { take: HISTORY_LIMIT, order: { computed_at: "DESC" }, select: ["computed_at", "score", "band"] }
  )
  return rows.reverse().map((r) => ({ computed_at: r.computed_at, score: r.score, band: r.band as ReadinessBand }))
}

/** What shoppers see: score, band and rubric version per seller (null when never assessed). */
export async function publicReadiness(container: MedusaContainer, sellerIds: string[]) {
  const out = new Map<string, { score: number; band: ReadinessBand; version: string }>()
  if (!sellerIds.length) return out
  const rows = await container.resolve<TrainingModuleService>(TRAINING_MODULE).listSellerReadinesses(
    { seller_id: sellerIds }, { select: ["seller_id", "score", "band", "version"] }
  )
  for (const r of rows) out.set(r.seller_id, { score: r.score, band: r.band as ReadinessBand, version: r.version })
  return out
}
