import { beforeEach, describe, expect, it, vi } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { bearer, customerToken, LISTING } from "../../auth-helpers"
import { CERTIFICATION_MODULE } from "../../../src/modules/certification"
import type CertificationModuleService from "../../../src/modules/certification/service"
import { runCertificateExpiry } from "../../../src/workflows/certification/run-expiry"
import { BATIKMARK, claim, IPAL, twoSellers } from "./cert-fixture"
import type { SignedUpSeller } from "../../api-types"

// Certificates: who may call which route (one workshop never reaches another's claims or evidence),
// and the daily job's reminders. The lifecycle, what shoppers see and the integrity rules are in
// certifications.spec.ts.
const fail = (e: { response?: unknown }) => e.response

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: string
    let a: SignedUpSeller
    let b: SignedUpSeller

    beforeEach(async () => {
      ({ admin, a, b } = await twoSellers(api, getContainer()))
    })

    describe("who can do what", () => {
      it("keeps a seller's certificates and evidence from another seller, and refuses another seller's product", async () => {
        const product = (await api.post("/sellers/me/products", LISTING, bearer(a.token))).data.product
        const cert = (await claim(api, a.token, BATIKMARK(product.id))).data.certificate
        const evidence = `/sellers/me/certifications/${cert.id}/evidence/${cert.evidence[0].id}`
        expect((await api.get("/sellers/me/certifications", bearer(b.token))).data.certificates).toEqual([])
        expect((await api.get(`/sellers/me/certifications/${cert.id}`, bearer(b.token)).catch(fail)).status).toBe(404)
        expect((await api.get(evidence, bearer(b.token)).catch(fail)).status).toBe(404)
        expect((await api.delete(`/sellers/me/certifications/${cert.id}`, bearer(b.token)).catch(fail)).status).toBe(404)
        // B cannot attach a certificate to A's product
        const attach = await claim(api, b.token, BATIKMARK(product.id))
        expect(attach.status).toBe(400)
        expect(attach.data.errors).toEqual([expect.objectContaining({ field: "product_id", code: "not_found" })])
        // A still has it
        expect((await api.get(evidence, bearer(a.token))).headers["content-type"]).toMatch(/application\/pdf/)
      })

      it("refuses anonymous callers, shoppers and operators on the seller routes", async () => {
        const cert = (await claim(api, a.token, IPAL)).data.certificate
        const shopper = await customerToken(api)
        for (const config of [{}, bearer(shopper), bearer(admin)]) {
          expect((await api.get("/sellers/me/certifications", config).catch(fail)).status).toBe(401)
          expect((await api.post("/sellers/me/certifications", {}, config).catch(fail)).status).toBe(401)
          expect((await api.delete(`/sellers/me/certifications/${cert.id}`, config).catch(fail)).status).toBe(401)
          expect((await api.get(`/sellers/me/certifications/${cert.id}/evidence/${cert.evidence[0].id}`, config).catch(fail)).status).toBe(401)
        }
        expect((await api.get("/sellers/me/certifications", bearer(a.token))).data.count).toBe(1)
      })

      it("refuses sellers (even on their own certificate), shoppers and anonymous callers on the operator's routes", async () => {
        const cert = (await claim(api, a.token, IPAL)).data.certificate
        const shopper = await customerToken(api)
        for (const config of [{}, bearer(a.token), bearer(shopper)]) {
          expect((await api.get("/admin/certifications", config).catch(fail)).status).toBe(401)
          expect((await api.get(`/admin/certifications/${cert.id}`, config).catch(fail)).status).toBe(401)
          expect((await api.get(`/admin/certifications/${cert.id}/evidence/${cert.evidence[0].id}`, config).catch(fail)).status).toBe(401)
          for (const action of ["verify", "reject", "revoke"]) {
            expect((await api.post(`/admin/certifications/${cert.id}/${action}`, { method: "site_visit", note: "ok" }, config).catch(fail)).status).toBe(401)
          }
        }
        expect((await api.get(`/admin/certifications/${cert.id}`, bearer(admin))).data.certificate.status).toBe("pending")
      })
    })

    describe("daily expiry job", () => {
      it("reminds 60 and 30 days before, once each, and announces the expiry once (fixed clock)", async () => {
        const container = getContainer()
        const certs = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
        const cert = (await claim(api, a.token, IPAL)).data.certificate
        await api.post(`/admin/certifications/${cert.id}/verify`, { method: "document_inspection" }, bearer(admin))
        await certs.updateCertificates({ id: cert.id, issued_at: new Date("2026-01-01T00:00:00Z"), expires_at: new Date("2026-09-30T00:00:00Z") })
        const emit = vi.spyOn(container.resolve(Modules.EVENT_BUS), "emit")
        const at = (iso: string) => runCertificateExpiry(container, new Date(iso))

        expect(await at("2026-07-31T03:00:00Z")).toEqual({ reminded_60: [], reminded_30: [], expired: [], failed: [] }) // 61 days left
        expect((await at("2026-08-01T03:00:00Z")).reminded_60).toEqual([cert.id]) // 60 days
        expect((await at("2026-08-02T03:00:00Z")).reminded_60).toEqual([]) // once
        expect((await at("2026-08-31T03:00:00Z")).reminded_30).toEqual([cert.id]) // 30 days
        expect(await at("2026-09-30T03:00:00Z")).toEqual({ reminded_60: [], reminded_30: [], expired: [], failed: [] }) // last valid day
        expect((await at("2026-10-01T03:00:00Z")).expired).toEqual([cert.id])
        expect((await at("2026-10-02T03:00:00Z")).expired).toEqual([])

        const sent = await container.resolve(Modules.NOTIFICATION).listNotifications({ to: "a@cert.test" })
        expect(sent.map((n) => n.template).sort()).toEqual(["certificate-expiring-30", "certificate-expiring-60", "certificate-verified"])
        const expiredEvents = emit.mock.calls.filter(([event]) => (Array.isArray(event) ? event : [event]).some((e) => e.name === "certification.expired"))
        expect(expiredEvents).toHaveLength(1)
        const stored = await certs.retrieveCertificate(cert.id)
        expect(stored.reminded_60_at && stored.reminded_30_at && stored.expired_event_at).toBeTruthy()
      })
    })
  },
})
