import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runCertificateExpiry, type ExpiryRun } from "../workflows/certification/run-expiry"
import { now } from "../lib/clock"

/** Daily: expiry reminders (60 and 30 days before, each once) and `certification.expired` events; a certificate that fails is counted and retried next run. */
export default async function expireCertificationsJob(container: MedusaContainer): Promise<ExpiryRun> {
  const run = await runCertificateExpiry(container, now())
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const summary = `Certificates: ${run.reminded_60.length} 60-day and ${run.reminded_30.length} 30-day reminders, ${run.expired.length} expired, ${run.failed.length} failed`
  if (run.failed.length) logger.warn(`${summary} (${run.failed.join(", ")}).`)
  else logger.info(`${summary}.`)
  return run
}

// 01:00 UTC = 08:00 in Pekalongan (WIB), after the calendar day has turned there.
export const config = { name: "expire-certifications", schedule: "0 1 * * *" }
