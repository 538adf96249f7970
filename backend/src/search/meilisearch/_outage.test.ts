import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import "@medusajs/framework/modules-sdk"
import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { startMeilisearchFake, type MeilisearchFake } from "../../../integration-tests/fakes/meilisearch-fake"
import productIndex from "../products"
import { HeldWrites } from "./_held"
import { MeilisearchSearchService, type SearchMirror } from "./_service"

const definition = {
  ...productIndex, primary_key: "id", provider: "meilisearch", definition_hash: "test", physical_name: "product_1", settings: productIndex.settings ?? {},
} as SearchTypes.ResolvedSearchIndexDefinition

const doc = (id: string, title: string) => ({ id, title_id: title, technique: "batik_tulis", seller_id: "sel_1" }) as SearchTypes.SearchDocument
const query = (q: string): SearchTypes.ProviderSearchQuery => ({ index: definition, attributes_to_retrieve: ["id"], q, pagination: { take: 10 } })
const answer = (id: string): SearchTypes.SearchResult => ({ hits: [{ id, document: { id } }], metadata: { skip: 0, take: 10, count: 1 } })

/** A stand-in for the PostgreSQL mirror: records what it is given and answers every search with one "pg" hit. */
function stubMirror() {
  const calls: string[] = []
  const record = (name: string) => async (input: { index: string | { physical_name: string } }) => {
    calls.push(`${name}:${typeof input.index === "string" ? input.index : input.index.physical_name}`)
    return { index: "product_1", status: "succeeded" as const }
  }
  const mirror: SearchMirror = {
    upsertIndex: record("upsertIndex"), deleteIndex: record("deleteIndex"), upsertDocuments: record("upsertDocuments"),
    deleteDocuments: record("deleteDocuments"), clearIndex: record("clearIndex"),
    searchMany: async (inputs) => {
      calls.push("searchMany")
      return inputs.map(() => answer("pg"))
    },
  }
  return { mirror, calls }
}

describe("Meilisearch provider while Meilisearch is away", () => {
  let fake: MeilisearchFake
  let provider: MeilisearchSearchService
  const { mirror, calls } = stubMirror()
  const logger = { warn: vi.fn(), info: vi.fn(), error: vi.fn(), debug: vi.fn() } as unknown as Logger & { warn: ReturnType<typeof vi.fn>; info: ReturnType<typeof vi.fn> }
  const searches = () => fake.requests.filter((r) => r.path === "/multi-search").length
  const ids = async (q: string) => (await provider.search(query(q))).hits.map((h) => h.id)
  /** Searches until Meilisearch answers (a probe after `retryAfterMs` finds it back). */
  const untilBack = async () => {
    for (let i = 0; i < 50; i++) {
      const before = searches()
      const found = await ids("kain")
      if (searches() > before) return found
      await new Promise((r) => setTimeout(r, 20))
    }
    throw new Error("Meilisearch was not used again")
  }

  beforeAll(async () => {
    fake = await startMeilisearchFake()
    provider = new MeilisearchSearchService({ logger }, { host: fake.url, apiKey: "k", timeoutMs: 150, retryAfterMs: 100 }, mirror)
    await provider.upsertIndex({ index: definition })
    await provider.upsertDocuments({ index: "product_1", definition, documents: [doc("p1", "Kain Tulis")] })
  })
  afterAll(() => fake.close())

  it("writes the mirror too, and asks Meilisearch while it answers", async () => {
    expect(calls).toEqual(["upsertIndex:product_1", "upsertDocuments:product_1"])
    expect(await ids("kain")).toEqual(["p1"])
    expect(calls).not.toContain("searchMany")
  })

  it("answers from the mirror when connections are refused, warns once, and holds writes for Meilisearch", async () => {
    await fake.stop()
    expect(await ids("kain")).toEqual(["pg"])
    expect(await ids("kain")).toEqual(["pg"])
    expect(logger.warn).toHaveBeenCalledTimes(1)
    expect(String(logger.warn.mock.calls[0][0])).toMatch(/unreachable.*PostgreSQL/)
    const task = await provider.upsertDocuments({ index: "product_1", definition, documents: [doc("p2", "Kain Cap Baru")] })
    expect(task.status).toBe("succeeded")
    expect(await provider.deleteDocuments({ index: "product_1", filters: { id: ["p1"] } })).toEqual({ index: "product_1", status: "succeeded" })
    expect(calls.slice(-3)).toEqual(["searchMany", "upsertDocuments:product_1", "deleteDocuments:product_1"])
  })

  it("sends the held writes, in order, before Meilisearch answers again", async () => {
    await fake.resume()
    expect(await untilBack()).toEqual(["p2"])
    expect([...fake.indexes.get("product_1")!.docs.keys()]).toEqual(["p2"])
    expect(String(logger.info.mock.calls.at(-1)![0])).toMatch(/answers again.*2 held write\(s\) sent/)
    expect(logger.warn).toHaveBeenCalledTimes(1)
  })

  it("answers from the mirror within the timeout when Meilisearch hangs, and not only after it", async () => {
    fake.hang()
    const started = Date.now()
    expect(await ids("kain")).toEqual(["pg"])
    expect(Date.now() - started).toBeLessThan(1000)
    const again = Date.now()
    expect(await ids("kain")).toEqual(["pg"])
    // The outage is known: the second search does not wait for Meilisearch at all.
    expect(Date.now() - again).toBeLessThan(100)
    expect(logger.warn).toHaveBeenCalledTimes(2)
    await fake.resume()
    expect(await untilBack()).toEqual(["p2"])
  })

  it("still refuses what Meilisearch refuses, without calling it an outage", async () => {
    await expect(provider.search({ ...query("kain"), filters: { handle: { $prefix: "h-" } } })).rejects.toThrow(/\$prefix/)
    expect(logger.warn).toHaveBeenCalledTimes(2)
  })
})

describe("held writes", () => {
  it("keeps at most `max` documents, then says a reindex is needed once Meilisearch is back", async () => {
    const logger = { warn: vi.fn() } as unknown as Logger & { warn: ReturnType<typeof vi.fn> }
    const held = new HeldWrites<string[]>(logger, 3)
    const sent: string[] = []
    held.hold(2, async (to) => to.push("a"))
    held.hold(2, async (to) => to.push("b"))
    expect(held.size).toBe(0)
    held.hold(1, async (to) => to.push("c"))
    expect(held.size).toBe(0)
    const done = vi.fn()
    await held.replay(sent, done)
    expect(sent).toEqual([])
    expect(String(logger.warn.mock.calls.at(-1)![0])).toMatch(/npm run reindex/)
    expect(done).toHaveBeenCalledWith(undefined)
  })
})
