import { describe, expect, it } from "vitest"
import type { MedusaContainer } from "@medusajs/framework/types"
import { AnswerCache, readStamp } from "./_answers"

describe("the answer cache", () => {
  it("answers again only under the same stamp: a write to the index or the seller table moves it", async () => {
    const cache = new AnswerCache(10)
    let runs = 0
    const compute = async () => `answer ${++runs}`
    expect(await cache.get("v1:t1|3:a:", { q: "tulis" }, compute)).toBe("answer 1")
    expect(await cache.get("v1:t1|3:a:", { q: "tulis" }, compute)).toBe("answer 1")
    expect(await cache.get("v1:t2|3:a:", { q: "tulis" }, compute)).toBe("answer 2")
    expect(await cache.get("v1:t2|3:b:", { q: "tulis" }, compute)).toBe("answer 3")
    // Another question is its own entry; so is the same content spelled in another key order.
    expect(await cache.get("v1:t2|3:b:", { q: "cap" }, compute)).toBe("answer 4")
    expect(await cache.get("v1:t2|3:b:", { a: 1, b: 2 }, compute)).toBe("answer 5")
    expect(await cache.get("v1:t2|3:b:", { b: 2, a: 1 }, compute)).toBe("answer 5")
    expect(cache.hits).toBe(2)
  })

  it("keeps nothing without a stamp (the index is on Meilisearch, or not built yet)", async () => {
    const cache = new AnswerCache(10)
    let runs = 0
    await cache.get(null, "k", async () => ++runs)
    await cache.get(null, "k", async () => ++runs)
    expect(runs).toBe(2)
  })

  it("lets concurrent requests for the same answer share one computation", async () => {
    const cache = new AnswerCache(10)
    let runs = 0
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const compute = async () => {
      runs++
      await gate
      return 42
    }
    const all = Promise.all(Array.from({ length: 20 }, () => cache.get("s", "same", compute)))
    await new Promise((r) => setTimeout(r, 10))
    release()
    expect(await all).toEqual(Array(20).fill(42))
    expect(runs).toBe(1)
  })

  it("does not keep a failed computation", async () => {
    const cache = new AnswerCache(10)
    await expect(cache.get("s", "k", async () => { throw new Error("down") })).rejects.toThrow("down")
    expect(await cache.get("s", "k", async () => 7)).toBe(7)
  })

  it("forgets the least recently used answer beyond its size", async () => {
    const cache = new AnswerCache(2)
    let runs = 0
    const compute = async () => `r${++runs}`
    await cache.get("s", "a", compute)
    await cache.get("s", "b", compute)
    await cache.get("s", "a", compute) // a is now the most recent
    await cache.get("s", "c", compute) // b goes
    expect(await cache.get("s", "a", compute)).toBe("r1")
    expect(await cache.get("s", "b", compute)).toBe("r4")
  })

  it("reads the stamp once per request (its own scope), again for the next request, and none when the tables are missing", async () => {
    let reads = 0
    const scopeReading = (rows: () => Promise<{ rows: Record<string, unknown>[] }>) => ({ resolve: () => ({ raw: rows }) }) as unknown as MedusaContainer
    const working = async () => ({ rows: [{ search: `3:t${++reads}`, sellers: "5:x:" }] })
    const [first, second] = [scopeReading(working), scopeReading(working)]
    expect(await readStamp(first, "product")).toBe("3:t1|5:x:")
    expect(await readStamp(first, "product")).toBe("3:t1|5:x:")
    expect(await readStamp(second, "product")).toBe("3:t2|5:x:")
    expect(reads).toBe(2)
    expect(await readStamp(scopeReading(async () => ({ rows: [{ search: null, sellers: "5:x:" }] })), "product")).toBeNull()
    expect(await readStamp(scopeReading(async () => { throw new Error('relation "canting_search_state" does not exist') }), "product")).toBeNull()
  })
})
