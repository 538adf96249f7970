import { beforeEach, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { errorMessage } from "@canting/i18n"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"
import { seedCommerce } from "../../../src/scripts/seed/commerce"
import { checkStockAlertsWorkflow } from "../../../src/workflows/stock-alert/workflows/check-stock-alerts"
import { bearer, LISTING, signUpSeller } from "../../auth-helpers"
import { placeOrderThroughStore } from "../../fixtures"
import type { NotificationRow, SellerBody } from "../../api-types"

const fail = (e: { response?: unknown }) => e.response
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

type Workshop = { token: string; seller: SellerBody; email: string; product: string; variant: string }
type LowStock = NotificationRow<{ seller_id: string; product_id: string; title: string; variant_id: string; available: number; threshold: number }>
type Listing = { id: string; low_stock_threshold: number; low_stock: { variant_id: string; available: number }[]; metadata: Record<string, unknown> }
// Every test places orders through the store API; on a busy machine that takes a while.
const SLOW = 240_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let regionId: string
    let a: Workshop
    let b: Workshop

    /** An approved workshop with one published piece of `stock` units, listed through the portal API. */
    async function workshop(email: string, handle: string, title: string, stock: number, extra: Record<string, unknown> = {}): Promise<Workshop> {
      const { token, seller } = await signUpSeller(api, email, handle, `Bengkel ${handle}`)
      const sellers = getContainer().resolve<SellerModuleService>(SELLER_MODULE)
      await sellers.updateSellers({ id: seller.id, status: "approved" })
      const listing = { ...LISTING, ...extra, status: "published", title: { id: title, en: title }, variants: [{ size: "250x105", prices: { idr: 500_000, usd: 35 }, stock }] }
      const { data: { product } } = await api.post("/sellers/me/products", listing, bearer(token))
      const { email: stored } = await sellers.retrieveSeller(seller.id, { select: ["email"] })
      return { token, seller, email: stored!, product: product.id, variant: product.variants[0].id }
    }

    const buy = (items: [Workshop, number][]) => placeOrderThroughStore(api, key, {
      region_id: regionId, email: `pembeli-${Math.random().toString(36).slice(2, 8)}@contoh.test`,
      items: items.map(([w, quantity]) => ({ variant_id: w.variant, quantity })),
    })

    const lowStockEmails = async () => (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "seller-low-stock" })) as unknown as LowStock[]
    /** The subscriber runs after checkout answers: wait until `expected` low-stock emails exist. */
    async function waitForEmails(expected: number) {
      for (let i = 0; i < 100; i++) {
        const found = await lowStockEmails()
        if (found.length >= expected) return found
        await sleep(100)
      }
      return lowStockEmails()
    }
    const alertsOf = (w: Workshop) => getContainer().resolve<SellerModuleService>(SELLER_MODULE).listSellerStockAlerts({ variant_id: w.variant })
    const lowListings = async (w: Workshop) => (await api.get("/sellers/me/products?low_stock=true", bearer(w.token))).data as { products: Listing[]; count: number }

    beforeEach(async () => {
      const seeded = await seedCommerce(getContainer())
      key = seeded.publishableKey
      regionId = seeded.regions.find((r) => r.currency_code === "idr")!.id
      a = await workshop("a@stok.test", "stok-a", "Kain Sogan A", 4)
      b = await workshop("b@stok.test", "stok-b", "Kain Pesisir B", 3, { low_stock_threshold: 0 })
    })

    it("tells the workshop once when a sale brings a piece to its threshold, again only after a restock, and never another workshop", async () => {
      // The default threshold (2) and B's own (0) are on the seller's reads.
      const readA = ((await api.get(`/sellers/me/products/${a.product}`, bearer(a.token))).data as { product: Listing }).product
      expect(readA).toEqual(expect.objectContaining({ low_stock_threshold: 2, low_stock: [] }))
      const readB = ((await api.get(`/sellers/me/products/${b.product}`, bearer(b.token))).data as { product: Listing }).product
      expect(readB.low_stock_threshold).toBe(0)
      expect(readB.metadata.low_stock_threshold).toBe(0)

      // 4 → 3 for A, 3 → 2 for B: both above their thresholds.
      await buy([[a, 1], [b, 1]])
      // 3 → 2 for A: at its threshold. 2 → 1 for B: still above 0.
      await buy([[a, 1], [b, 1]])
      const [first] = await waitForEmails(1)
      expect(first).toEqual(expect.objectContaining({ to: a.email, channel: "email", template: "seller-low-stock" }))
      expect(first.data).toEqual(expect.objectContaining({ seller_id: a.seller.id, product_id: a.product, title: "Kain Sogan A", variant_id: a.variant, available: 2, threshold: 2 }))

      // The dashboard read: A's listing, only to A.
      const lowA = await lowListings(a)
      expect(lowA.count).toBe(1)
      expect(lowA.products.map((p) => [p.id, p.low_stock])).toEqual([[a.product, [expect.objectContaining({ variant_id: a.variant, available: 2 })]]])
      expect((await lowListings(b)).count).toBe(0)

      // 2 → 1 for A (below the threshold, told already); 1 → 0 for B (its threshold): B is told, A is not told again.
      await buy([[a, 1], [b, 1]])
      const afterThird = await waitForEmails(2)
      expect(afterThird).toHaveLength(2)
      expect(afterThird.map((n) => n.to).sort()).toEqual([a.email, b.email].sort())
      expect(afterThird.find((n) => n.to === b.email)!.data).toEqual(expect.objectContaining({ product_id: b.product, available: 0, threshold: 0 }))
      expect((await lowListings(b)).products.map((p) => p.id)).toEqual([b.product])
      expect((await lowListings(a)).products.map((p) => p.id)).toEqual([a.product])

      // A restocks to 10 (3 reserved, 7 available): the alert ends, the notice goes.
      await api.post(`/sellers/me/products/${a.product}/variants/${a.variant}`, { stock: 10 }, bearer(a.token))
      for (let i = 0; i < 100 && (await alertsOf(a)).length > 0; i++) await sleep(100)
      expect(await alertsOf(a)).toHaveLength(0)
      expect((await lowListings(a)).count).toBe(0)
      expect(await alertsOf(b)).toHaveLength(1)

      // 7 → 2: A is told again, about the new fall.
      await buy([[a, 5]])
      const afterRestock = await waitForEmails(3)
      expect(afterRestock).toHaveLength(3)
      expect(afterRestock.filter((n) => n.to === a.email).map((n) => n.data.available)).toEqual([2, 2])
      await sleep(500)
      expect(await lowStockEmails()).toHaveLength(3)
    }, SLOW)

    it("sends one email when two runs find the same piece running low at once", async () => {
      await buy([[a, 2]])
      await waitForEmails(1)
      // Forget the alert, then let two checks race for it: the unique claim lets one through.
      const sellers = getContainer().resolve<SellerModuleService>(SELLER_MODULE)
      await sellers.deleteSellerStockAlerts((await alertsOf(a)).map((r) => r.id))
      const runs = await Promise.all([1, 2].map(() => checkStockAlertsWorkflow(getContainer()).run({ input: { variant_ids: [a.variant], notify: true } })))
      expect(runs.map((r) => r.result.claimed.length).sort()).toEqual([0, 1])
      expect(await lowStockEmails()).toHaveLength(2)
      expect(await alertsOf(a)).toHaveLength(1)
    }, SLOW)

    describe("the threshold", () => {
      it("takes a whole number from 0 to 1000 on create and edit, and refuses anything else naming the field, in Indonesian and English", async () => {
        const edited = (await api.post(`/sellers/me/products/${a.product}`, { low_stock_threshold: 5 }, bearer(a.token))).data as { product: Listing }
        expect(edited.product).toEqual(expect.objectContaining({ low_stock_threshold: 5, metadata: expect.objectContaining({ low_stock_threshold: 5, technique: "batik_tulis" }) }))
        // 4 available ≤ 5: the listing is running low now.
        expect((await lowListings(a)).products.map((p) => p.id)).toEqual([a.product])

        const cases: [unknown, string][] = [[-1, "out_of_range"], [1001, "out_of_range"], [2.5, "not_integer"], ["3", "invalid"], [null, "invalid"]]
        for (const [value, code] of cases) {
          for (const locale of ["id", "en"] as const) {
            const headers: Record<string, string> = locale === "en" ? { "x-medusa-locale": "en-US" } : {}
            const create = await api.post("/sellers/me/products", { ...LISTING, low_stock_threshold: value }, bearer(a.token, headers)).catch(fail) as { status: number; data: { errors: unknown[] } }
            const edit = await api.post(`/sellers/me/products/${a.product}`, { low_stock_threshold: value }, bearer(a.token, headers)).catch(fail) as { status: number; data: { errors: unknown[] } }
            for (const res of [create, edit]) {
              expect(res.status).toBe(400)
              expect(res.data.errors).toEqual([{ field: "low_stock_threshold", code, message: errorMessage(code, locale) }])
            }
          }
        }
        expect(errorMessage("out_of_range", "id")).not.toBe(errorMessage("out_of_range", "en"))
        const created = (await api.post("/sellers/me/products", { ...LISTING, low_stock_threshold: 1000 }, bearer(a.token))).data as { product: Listing }
        expect(created.product.low_stock_threshold).toBe(1000)
        const bad = await api.get("/sellers/me/products?low_stock=maybe", bearer(a.token)).catch(fail) as { status: number; data: { errors: { field: string }[] } }
        expect(bad.status).toBe(400)
        expect(bad.data.errors[0].field).toBe("low_stock")
      }, SLOW)
    })
  },
})
