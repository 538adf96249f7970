import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Logger } from "@medusajs/framework/types"
import { startMeilisearchFake, type MeilisearchFake } from "../../fakes/meilisearch-fake"
import { updateSellerProductWorkflow } from "../../../src/workflows/seller-product/workflows/update-seller-product"
import { createSearchFixture, eventually, waitForIndex, type SearchFixture } from "./search-fixture"
import type { CatalogResponse } from "../../api-types"

// Issue #18: the app runs with Meilisearch as its search provider (the loopback fake). When
// Meilisearch is down (connection refused) or hangs (connection accepted, never answered), the
// catalog and the suggestions answer from PostgreSQL within a second, with one warning per outage;
// writes made meanwhile reach PostgreSQL at once and Meilisearch once it is back; and Meilisearch
// answers again once it is back. Which engine answered is read off the fake: it records every
// query it answers.
const MEILISEARCH_ENV = { MEILISEARCH_API_KEY: "test-key", MEILISEARCH_TIMEOUT_MS: "300", MEILISEARCH_RETRY_MS: "400" }
let fake: MeilisearchFake

// Before the app starts: the runner loads medusa-config.ts before it applies its own `env`.
beforeAll(async () => {
  fake = await startMeilisearchFake()
  Object.assign(process.env, MEILISEARCH_ENV, { MEILISEARCH_HOST: fake.url })
})
afterAll(async () => {
  for (const name of [...Object.keys(MEILISEARCH_ENV), "MEILISEARCH_HOST"]) delete process.env[name]
  await fake?.close()
})

type Suggestions = { products: { handle: string; title: string }[] }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fx: SearchFixture
    let warn: MockInstance
    const h = () => ({ headers: { "x-publishable-api-key": fx.key } })
    const queries = () => fake.requests.filter((r) => r.path === "/multi-search").length
    const outageWarnings = () => warn.mock.calls.filter(([message]) => /Meilisearch .* is unreachable/.test(String(message))).length
    const timed = async <T,>(path: string) => {
      const started = Date.now()
      const res: { status: number; data: T } = await api.get(path, h())
      return { status: res.status, data: res.data, ms: Date.now() - started }
    }

    /** The catalog for "jlamprang", every listing, and the suggestions for "jlam", each timed. */
    async function ask() {
      const catalog = await timed<CatalogResponse>("/store/catalog?q=jlamprang")
      const all = await timed<CatalogResponse>("/store/catalog")
      const suggest = await timed<Suggestions>("/store/catalog/suggest?q=jlam")
      return { catalog, all, suggest }
    }

    /** Right answers, each a 200 within a second. */
    function expectRightAnswers(answers: Awaited<ReturnType<typeof ask>>) {
      for (const a of [answers.catalog, answers.all, answers.suggest]) {
        expect(a.status).toBe(200)
        expect(a.ms).toBeLessThan(1000)
      }
      expect(answers.catalog.data.hits.map((hit) => hit.handle)).toEqual([fx.products.tulisJlamprang.handle])
      expect(answers.all.data.count).toBe(5)
      expect(answers.all.data.facets.technique).toEqual(expect.arrayContaining([{ value: "batik_tulis", count: 2 }]))
      expect(answers.suggest.data.products.map((p) => p.handle)).toEqual([fx.products.tulisJlamprang.handle])
    }

    /** Polls until a query reaches Meilisearch again (a probe finds it back after MEILISEARCH_RETRY_MS). */
    async function untilMeilisearchAnswers() {
      await eventually(async () => {
        const before = queries()
        await api.get("/store/catalog?q=jlamprang", h())
        return queries() > before
      }, (used) => used)
    }

    beforeAll(async () => {
      await waitForIndex(getContainer())
      fx = await createSearchFixture(getContainer())
      await eventually(async (): Promise<CatalogResponse> => (await api.get("/store/catalog", h())).data, (d) => d.count === 5)
      const logger = getContainer().resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      warn = vi.spyOn(logger, "warn")
    })

    describe("catalog search while Meilisearch is away (issue #18)", () => {
      it("answers from Meilisearch while it is up", async () => {
        const before = queries()
        expectRightAnswers(await ask())
        expect(queries()).toBeGreaterThan(before)
        expect(outageWarnings()).toBe(0)
      })

      it("answers from PostgreSQL within a second when Meilisearch refuses connections, warning once", async () => {
        await fake.stop()
        expectRightAnswers(await ask())
        expectRightAnswers(await ask())
        expect(outageWarnings()).toBe(1)

        // A listing changed during the outage: the request succeeds and PostgreSQL answers with it at once.
        const seller = fx.sellers["sekar-uji"]
        await updateSellerProductWorkflow(getContainer()).run({
          input: { seller_id: seller.id, product_id: fx.products.tulisBuketan.id, update: { title: "Selendang Tulis Buketan Zamrud" }, en: {} },
        })
        const found = await eventually(() => timed<CatalogResponse>("/store/catalog?q=zamrud"), (r) => r.data.count === 1)
        expect(found.data.hits.map((hit) => hit.handle)).toEqual([fx.products.tulisBuketan.handle])
        expect(outageWarnings()).toBe(1)
      })

      it("uses Meilisearch again once it is back, after sending it the writes it missed", async () => {
        await fake.resume()
        await untilMeilisearchAnswers()
        const titles = [...fake.indexes.values()].flatMap((i) => [...i.docs.values()].map((d) => d.title_id))
        expect(titles).toContain("Selendang Tulis Buketan Zamrud")
        const before = queries()
        expectRightAnswers(await ask())
        expect(queries()).toBeGreaterThan(before)
        expect(outageWarnings()).toBe(1)
      })

      it("answers from PostgreSQL within a second when Meilisearch hangs, warning once more", async () => {
        fake.hang()
        expectRightAnswers(await ask())
        expectRightAnswers(await ask())
        expect(outageWarnings()).toBe(2)
      })

      it("uses Meilisearch again once it answers again", async () => {
        await fake.resume()
        await untilMeilisearchAnswers()
        const before = queries()
        expectRightAnswers(await ask())
        expect(queries()).toBeGreaterThan(before)
        expect(outageWarnings()).toBe(2)
      })
    })
  },
})
