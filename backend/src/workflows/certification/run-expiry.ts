import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { daysUntil, dueExpiryNotices } from "@canting/domain"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import type CertificationModuleService from "../../modules/certification/service"
import { notifyCertificateSeller } from "./steps/notify-certificate-seller"

export type ExpiryRun = { reminded_60: string[]; reminded_30: string[]; expired: string[] }

/**
 * One run of the daily expiry job at `now`: reminds sellers 60 and 30 days before a certificate
 * expires (once each; the time sent is recorded on the certificate) and, once a certificate has
 * expired, emits `certification.expired` (once) so search can reindex. Nothing else changes:
 * badges hide themselves because the display state is computed from the dates at read time.
 * A failed notification is not recorded, so the next run tries again.
 */
export async function runCertificateExpiry(container: MedusaContainer, now: Date): Promise<ExpiryRun> {
  const horizon = new Date(now.getTime() + 62 * 86_400_000)
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "certificate",
    fields: ["id", "scheme", "number", "status", "expires_at", "reminded_60_at", "reminded_30_at", "expired_event_at", "seller.id"],
    filters: { status: ["verified", "pending"], expires_at: { $lte: horizon } },
  })
  const certs = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const events = container.resolve(Modules.EVENT_BUS)
  const run: ExpiryRun = { reminded_60: [], reminded_30: [], expired: [] }
  for (const cert of data as any[]) {
    for (const notice of dueExpiryNotices(cert, now)) {
      if (notice === "expired") {
        await events.emit({ name: "certification.expired", data: { id: cert.id } })
        await certs.updateCertificates({ id: cert.id, expired_event_at: now })
        run.expired.push(cert.id)
        continue
      }
      const days = notice === "remind_60" ? 60 : 30
      await notifyCertificateSeller(container as any, {
        seller_id: cert.seller?.id ?? null, template: `certificate-expiring-${days}`,
        data: { certificate_id: cert.id, scheme: cert.scheme, number: cert.number, expires_at: cert.expires_at, days_left: daysUntil(cert.expires_at, now) },
      })
      await certs.updateCertificates({
        id: cert.id, ...(days === 60 ? { reminded_60_at: now } : { reminded_30_at: now, reminded_60_at: cert.reminded_60_at ?? now }),
      })
      run[days === 60 ? "reminded_60" : "reminded_30"].push(cert.id)
    }
  }
  return run
}
