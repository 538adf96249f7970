import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { daysUntil, dueExpiryNotices, type ExpiryNotice } from "@canting/domain"
import { CERTIFICATION_MODULE } from "../../modules/certification"
import type CertificationModuleService from "../../modules/certification/service"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"

/** What one run did, by certificate id; `failed` were left as they were and are tried again next run. */
export type ExpiryRun = { reminded_60: string[]; reminded_30: string[]; expired: string[]; failed: string[] }

type CertRow = {
  id: string; scheme: string; number: string; status: string; expires_at: Date | string | null
  reminded_60_at: Date | null; reminded_30_at: Date | null; expired_event_at: Date | null; seller?: { id: string } | null
}

const day = (d: Date | string | null) => (d ? new Date(d).toISOString().slice(0, 10) : "none")

/**
 * One run of the daily expiry job at `now`: reminds sellers 60 and 30 days before a certificate
 * expires and, once a certificate has expired, emits `certification.expired` so search can reindex.
 * Each is done once: the time is recorded on the certificate (`reminded_60_at`, `reminded_30_at`,
 * `expired_event_at`), and each reminder carries an idempotency key (certificate, kind, expiry date),
 * so a reminder that went out but could not be recorded, or two runs at the same moment, still send
 * one email. Each certificate is handled on its own: one that throws is logged with its id, counted
 * in `failed`, left unrecorded (the next run tries again), and the others go on.
 * Badges need nothing here: the display state is computed from the dates at read time.
 */
export async function runCertificateExpiry(container: MedusaContainer, now: Date): Promise<ExpiryRun> {
  const horizon = new Date(now.getTime() + 62 * 86_400_000)
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "certificate",
    fields: ["id", "scheme", "number", "status", "expires_at", "reminded_60_at", "reminded_30_at", "expired_event_at", "seller.id"],
    filters: { status: ["verified", "pending"], expires_at: { $lte: horizon } },
  })
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const run: ExpiryRun = { reminded_60: [], reminded_30: [], expired: [], failed: [] }
  for (const cert of data as unknown as CertRow[]) {
    try {
      for (const notice of dueExpiryNotices(cert, now)) {
        const done = await applyNotice(container, cert, notice, now)
        run[done].push(cert.id)
      }
    } catch (e) {
      run.failed.push(cert.id)
      logger.error(`Certificate expiry: certificate ${cert.id} failed, tried again next run: ${(e as Error)?.message ?? e}`)
    }
  }
  return run
}

/** Sends (or emits) one due notice for a certificate, then records it as done. */
async function applyNotice(container: MedusaContainer, cert: CertRow, notice: ExpiryNotice, now: Date): Promise<Exclude<keyof ExpiryRun, "failed">> {
  const certs = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  if (notice === "expired") {
    await container.resolve(Modules.EVENT_BUS).emit({ name: "certification.expired", data: { id: cert.id } })
    await certs.updateCertificates({ id: cert.id, expired_event_at: now })
    return "expired"
  }
  const days = notice === "remind_60" ? 60 : 30
  const sellerId = cert.seller?.id
  const seller = sellerId ? await container.resolve<SellerModuleService>(SELLER_MODULE).retrieveSeller(sellerId) : null
  if (seller?.email) {
    // Same message as notifyCertificateSeller, plus the key that makes a repeat a no-op.
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: seller.email, channel: "email", template: `certificate-expiring-${days}`,
      idempotency_key: `certificate-expiring-${days}:${cert.id}:${day(cert.expires_at)}`,
      data: {
        seller_id: seller.id, seller_name: seller.name, certificate_id: cert.id, scheme: cert.scheme, number: cert.number,
        expires_at: cert.expires_at, days_left: daysUntil(cert.expires_at!, now),
      },
    })
  }
  await certs.updateCertificates({
    id: cert.id, ...(days === 60 ? { reminded_60_at: now } : { reminded_30_at: now, reminded_60_at: cert.reminded_60_at ?? now }),
  })
  return days === 60 ? "reminded_60" : "reminded_30"
}
