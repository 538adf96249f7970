import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import { CERTIFICATION_MODULE } from "../../../src/modules/certification"
import type CertificationModuleService from "../../../src/modules/certification/service"
import expireCertificationsJob from "../../../src/jobs/expire-certifications"
import { setClockOffsetDays } from "../../../src/lib/clock"
import { inDays } from "../certifications/cert-fixture"

// Issue #14 point 13: one certificate that cannot be handled must not stop the daily job, and each
// expiry reminder reaches the seller once, however often the job runs.

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    /** A seller (with `email`) holding a verified workshop certificate that expires in `days` days. */
    async function sellerWithCertificate(handle: string, days: number) {
      const container = getContainer()
      const [seller] = await container.resolve<SellerModuleService>(SELLER_MODULE).createSellers([{ handle, name: `Bengkel ${handle}`, status: "approved", email: `${handle}@cert.test` }])
      const cert = await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).createCertificates({
        scheme: "ipal_effluent_test", subject_type: "seller", subject_id: seller.id, issuer: "DEMO Lab Lingkungan (uji)", number: `DEMO-IPAL-${handle}`,
        status: "verified", issued_at: new Date(`${inDays(-300)}T00:00:00Z`), expires_at: new Date(`${inDays(days)}T00:00:00Z`), is_demo: true,
      })
      await container.resolve(ContainerRegistrationKeys.LINK).create({ [SELLER_MODULE]: { seller_id: seller.id }, [CERTIFICATION_MODULE]: { certificate_id: cert.id } })
      return { seller, cert, email: `${handle}@cert.test` as string }
    }

    const sentTo = async (email: string) =>
      (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: email })).map((n) => n.template).sort()
    const stored = (id: string) => getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE).retrieveCertificate(id)
    const job = () => expireCertificationsJob(getContainer())

    beforeEach(() => {
      process.env.CANTING_TEST_CLOCK = "1"
      setClockOffsetDays(0)
    })

    afterEach(() => {
      vi.restoreAllMocks()
      setClockOffsetDays(0)
      delete process.env.CANTING_TEST_CLOCK
    })

    describe("daily certificate expiry job", () => {
      it("handles every other certificate when one fails, logs and counts the failure, and retries it on the next run", async () => {
        const a = await sellerWithCertificate("bengkel-a", 45) // 60-day reminder due
        const b = await sellerWithCertificate("bengkel-b", 20) // 30-day reminder due
        const c = await sellerWithCertificate("bengkel-c", -3) // expired
        const d = await sellerWithCertificate("bengkel-d", 45) // its seller's mailbox is down
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const create = notifications.createNotifications.bind(notifications)
        const outage = vi.spyOn(notifications, "createNotifications").mockImplementation((async (data: CreateNotificationDTO | CreateNotificationDTO[]) => {
          if ((Array.isArray(data) ? data : [data]).some((n) => n.to === d.email)) throw new Error("mail server unreachable")
          return create(data as CreateNotificationDTO[])
        }) as unknown as typeof notifications.createNotifications) // one mock stands in for every overload
        const logged = vi.spyOn(getContainer().resolve(ContainerRegistrationKeys.LOGGER), "error")

        const first = await job()
        expect(first).toEqual({ reminded_60: [a.cert.id], reminded_30: [b.cert.id], expired: [c.cert.id], failed: [d.cert.id] })
        expect(logged).toHaveBeenCalledWith(expect.stringContaining(d.cert.id))
        expect(logged.mock.calls.flat().join("\n")).toContain("mail server unreachable")
        expect((await stored(d.cert.id)).reminded_60_at).toBeNull() // not recorded: tried again next run
        expect((await stored(c.cert.id)).expired_event_at).toBeTruthy()

        // The same day again (e.g. a manual run after the scheduled one): nothing new, D is tried again.
        expect(await job()).toEqual({ reminded_60: [], reminded_30: [], expired: [], failed: [d.cert.id] })

        outage.mockRestore()
        expect(await job()).toEqual({ reminded_60: [d.cert.id], reminded_30: [], expired: [], failed: [] })
        expect(await job()).toEqual({ reminded_60: [], reminded_30: [], expired: [], failed: [] })
        expect(await sentTo(a.email)).toEqual(["certificate-expiring-60"])
        expect(await sentTo(b.email)).toEqual(["certificate-expiring-30"])
        expect(await sentTo(c.email)).toEqual([])
        expect(await sentTo(d.email)).toEqual(["certificate-expiring-60"])
      })

      it("sends a reminder once even when recording it failed after it went out", async () => {
        const a = await sellerWithCertificate("bengkel-a", 45)
        const b = await sellerWithCertificate("bengkel-b", 20)
        const certs = getContainer().resolve<CertificationModuleService>(CERTIFICATION_MODULE)
        const update = certs.updateCertificates.bind(certs)
        let broken = true
        vi.spyOn(certs, "updateCertificates").mockImplementation((async (data: { id?: string } | undefined) => {
          if (broken && data?.id === a.cert.id) {
            broken = false
            throw new Error("connection reset")
          }
          return update(data as Parameters<typeof update>[0])
        }) as unknown as typeof certs.updateCertificates) // one mock stands in for every overload

        const first = await job()
        expect(first.failed).toEqual([a.cert.id])
        expect(first.reminded_30).toEqual([b.cert.id])
        const second = await job()
        expect(second.failed).toEqual([])
        expect((await stored(a.cert.id)).reminded_60_at).toBeTruthy()
        expect(await job()).toEqual({ reminded_60: [], reminded_30: [], expired: [], failed: [] })
        expect(await sentTo(a.email)).toEqual(["certificate-expiring-60"])
        expect(await sentTo(b.email)).toEqual(["certificate-expiring-30"])
      })

      it("sends each reminder once when two runs overlap, and the next reminder when its day comes", async () => {
        const a = await sellerWithCertificate("bengkel-a", 45)
        await Promise.all([job(), job()])
        expect(await sentTo(a.email)).toEqual(["certificate-expiring-60"])

        setClockOffsetDays(25) // 20 days left: the 30-day reminder, once
        await Promise.all([job(), job()])
        await job()
        expect(await sentTo(a.email)).toEqual(["certificate-expiring-30", "certificate-expiring-60"])
        const cert = await stored(a.cert.id)
        expect(cert.reminded_60_at && cert.reminded_30_at).toBeTruthy()
      })
    })
  },
})
