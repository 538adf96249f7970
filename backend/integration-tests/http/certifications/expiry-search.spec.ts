import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { daysUntil } from "@canting/domain"
import { adminToken, bearer, LISTING, signUpSeller } from "../../auth-helpers"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import { eventually, waitForIndex } from "../search/search-fixture"
import { claim, inDays, storeWithStock, wibDate } from "./cert-fixture"
import type { CatalogResponse, SignedUpSeller, WithId } from "../../api-types"

// Issue #4: an expired or revoked certificate leaves the product page's badges, the eco filter and
// its facet count within one run of the daily job, with the backend clock moved by the test-only route.
const fail = (e: { response?: unknown }) => e.response

// The dates below are calendar days in Pekalongan (UTC+7), as the rules count them; from 17:00 UTC
// Pekalongan is a day ahead, and UTC dates made these tests fail seven hours a day.
describe("the certificate fixture's dates", () => {
  it("are n days away as the rules count days, also in the hours when Pekalongan is a day ahead of UTC", () => {
    for (const at of ["2026-12-07T10:00:00Z", "2026-12-07T16:59:59Z", "2026-12-07T17:00:00Z", "2026-12-07T20:00:00Z", "2026-12-31T23:30:00Z"]) {
      const now = new Date(at)
      for (const n of [-1, 0, 3, 4, 300]) expect({ at, n, left: daysUntil(inDays(n, now), now) }).toEqual({ at, n, left: n })
    }
    expect(wibDate("2026-12-07T20:00:00Z")).toBe("2026-12-08")
  })
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: string
    let key: string
    let seller: SignedUpSeller
    let product: { id: string; handle: string }
    const store = () => ({ headers: { "x-publishable-api-key": key } })
    const trust = async () => (await api.get(`/store/certifications?product_id=${product.id}`, store())).data
    const catalog = async (qs: string): Promise<CatalogResponse> => (await api.get(`/store/catalog?${qs}`, store())).data
    const handles = (data: CatalogResponse) => data.hits.map((h) => h.handle)
    const ecoFacet = (data: CatalogResponse) => Object.fromEntries((data.facets.eco_tags ?? []).map((f) => [f.value, f.count]))
    const setClock = (offset_days: number) => api.post("/admin/test/clock", { offset_days }, bearer(admin))

    /** A verified OEKO-TEX certificate on the product, expiring in `days` days. */
    async function verifiedOekoTex(days: number) {
      const fields = { scheme: "oeko_tex_std100", subject_type: "product", product_id: product.id, issuer: "DEMO institut uji (bukan asli)", number: "DEMO-OT-77", issued_at: inDays(-20), expires_at: inDays(days) }
      const cert = (await claim(api, seller.token, fields)).data.certificate
      await api.post(`/admin/certifications/${cert.id}/verify`, { method: "issuer_registry_lookup" }, bearer(admin))
      return cert
    }

    /** The badge, the eco filter and its facet count all show the certificate. */
    async function expectShown(certId: string) {
      expect((await trust()).certificates.map((c: WithId) => c.id)).toEqual([certId])
      expect((await trust()).eco_tags).toEqual(["oeko_tex"])
      const filtered = await eventually(() => catalog("eco=oeko_tex"), (d) => d.count === 1)
      expect(handles(filtered)).toEqual([product.handle])
      expect(ecoFacet(await catalog(""))).toEqual({ oeko_tex: 1 })
    }

    /** Gone from the badge, the eco filter and the facet count; the declared natural dye family earns no tag. */
    async function expectGone() {
      expect(await trust()).toEqual({ certificates: [], eco_tags: [] })
      const filtered = await eventually(() => catalog("eco=oeko_tex"), (d) => d.count === 0)
      expect(filtered.hits).toEqual([])
      expect(ecoFacet(await catalog(""))).toEqual({})
      expect(handles(await catalog("dye_family=natural"))).toEqual([product.handle])
    }

    beforeAll(async () => {
      await waitForIndex(getContainer())
    })

    beforeEach(async () => {
      process.env.CANTING_TEST_CLOCK = "1"
      const container = getContainer()
      admin = await adminToken(api, container)
      key = await storeWithStock(container)
      seller = await signUpSeller(api, "eco@cert.test", "bengkel-eco", "Bengkel Eco")
      await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellers({ id: seller.seller.id, status: "approved" })
      product = (await api.post("/sellers/me/products", { ...LISTING, status: "published" }, bearer(seller.token))).data.product
      await eventually(() => catalog(""), (d) => d.count === 1)
    })

    afterEach(async () => {
      process.env.CANTING_TEST_CLOCK = "1"
      await setClock(0)
      delete process.env.CANTING_TEST_CLOCK
    })

    describe("the daily job and the search index", () => {
      it("hides an expired certificate's badge, and the job takes the product out of the eco filter and its facet count", async () => {
        const cert = await verifiedOekoTex(3)
        await expectShown(cert.id)

        // Four days on, the badge hides itself (computed at read time) and the job announces the expiry once.
        const moved = await setClock(4)
        expect(moved.data.clock.offset_days).toBe(4)
        expect(wibDate(moved.data.clock.now)).toBe(inDays(4))
        expect((await trust()).certificates).toEqual([])
        const run = await api.post("/admin/test/jobs/expire-certifications", {}, bearer(admin))
        expect(run.data.run.expired).toEqual([cert.id])
        await expectGone()
        expect((await api.post("/admin/test/jobs/expire-certifications", {}, bearer(admin))).data.run.expired).toEqual([])
        // The seller and the operator still see it, as expired.
        expect((await api.get(`/sellers/me/certifications/${cert.id}`, bearer(seller.token))).data.certificate.display_state).toBe("expired")
        expect((await api.get(`/admin/certifications/${cert.id}`, bearer(admin))).data.certificate.display_state).toBe("expired")
      })

      it("keeps the badge and the filter on the last valid day", async () => {
        const cert = await verifiedOekoTex(3)
        await setClock(3)
        expect((await api.post("/admin/test/jobs/expire-certifications", {}, bearer(admin))).data.run.expired).toEqual([])
        expect((await trust()).certificates).toEqual([expect.objectContaining({ id: cert.id, display_state: "expiring_soon" })])
        await expectShown(cert.id)
      })

      it("takes a revoked certificate out of the badge, the eco filter and its facet count at once", async () => {
        const cert = await verifiedOekoTex(300)
        await expectShown(cert.id)
        await api.post(`/admin/certifications/${cert.id}/revoke`, { note: "Penerbit mencabut sertifikat (uji)" }, bearer(admin))
        await expectGone()
      })
    })

    describe("test-only routes", () => {
      it("answer 404 without CANTING_TEST_CLOCK=1, refuse bad input and anonymous callers with it", async () => {
        delete process.env.CANTING_TEST_CLOCK
        expect((await setClock(5).catch(fail)).status).toBe(404)
        expect((await api.get("/admin/test/clock", bearer(admin)).catch(fail)).status).toBe(404)
        expect((await api.post("/admin/test/jobs/expire-certifications", {}, bearer(admin)).catch(fail)).status).toBe(404)

        process.env.CANTING_TEST_CLOCK = "1"
        expect((await api.post("/admin/test/clock", { offset_days: 5 }).catch(fail)).status).toBe(401)
        expect((await api.post("/admin/test/jobs/expire-certifications", {}, bearer(seller.token)).catch(fail)).status).toBe(401)
        const bad = await api.post("/admin/test/clock", { offset_days: 1.5 }, bearer(admin, { "x-medusa-locale": "en-US" })).catch(fail)
        expect(bad.status).toBe(400)
        expect(bad.data.errors).toEqual([{ field: "offset_days", code: "not_integer", message: "Must be a whole number." }])
        expect((await api.post("/admin/test/clock", {}, bearer(admin)).catch(fail)).data.errors[0]).toEqual(expect.objectContaining({ field: "offset_days", code: "required" }))
        expect((await api.get("/admin/test/clock", bearer(admin))).data.clock.offset_days).toBe(0)
      })
    })
  },
})
