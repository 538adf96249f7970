import { describe, expect, it } from "vitest"
import { catalogCacheKey } from "./catalog-search"
import { SearchStamp, StampedCache, stableKey } from "./facet-cache"
import { StoreCatalogParams } from "./validators"

/** A stamp reader whose answer the test moves, as a write to the index or the seller table would. */
class FakeStamp extends SearchStamp {
  constructor(public current: string | null) {
    super()
  }
  override async read() {
    return this.current
  }
}
const scope = {} as any

describe("stamped answer cache", () => {
  it("reads the stamp once per request (its own scope), again for the next request", async () => {
    let reads = 0
    class Counting extends SearchStamp {
      protected override async readNow() {
        return `t1:${++reads}:100|seller:1:50`
      }
    }
    const stamps = new Counting()
    const [first, second] = [{} as any, {} as any]
    expect(await stamps.read(first, "product")).toBe("t1:1:100|seller:1:50")
    expect(await stamps.read(first, "product")).toBe("t1:1:100|seller:1:50")
    expect(await stamps.read(second, "product")).toBe("t1:2:100|seller:1:50")
    expect(reads).toBe(2)
  })

  it("answers again from the cache only while the stamp is unchanged", async () => {
    const stamp = new FakeStamp("t1:3:100|seller:1:50")
    const cache = new StampedCache<string>(10, stamp)
    let runs = 0
    const compute = async () => `answer ${++runs}`
    expect(await cache.get(scope, "product", { q: "tulis" }, compute)).toBe("answer 1")
    expect(await cache.get(scope, "product", { q: "tulis" }, compute)).toBe("answer 1")
    // A write to the index table (or a suspended / renamed seller) moves the stamp: computed again.
    stamp.current = "t1:4:120|seller:1:50"
    expect(await cache.get(scope, "product", { q: "tulis" }, compute)).toBe("answer 2")
    stamp.current = "t1:4:120|seller:2:130"
    expect(await cache.get(scope, "product", { q: "tulis" }, compute)).toBe("answer 3")
    // Another question is its own entry.
    expect(await cache.get(scope, "product", { q: "cap" }, compute)).toBe("answer 4")
    expect(cache.hits).toBe(1)
  })

  it("caches nothing when the stamp cannot be read (another provider)", async () => {
    const cache = new StampedCache<number>(10, new FakeStamp(null))
    let runs = 0
    await cache.get(scope, "product", "k", async () => ++runs)
    await cache.get(scope, "product", "k", async () => ++runs)
    expect(runs).toBe(2)
  })

  it("lets concurrent requests for the same question and stamp share one computation", async () => {
    const cache = new StampedCache<number>(10, new FakeStamp("s"))
    let runs = 0
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const compute = async () => {
      runs++
      await gate
      return 42
    }
    const all = Promise.all(Array.from({ length: 20 }, () => cache.get(scope, "product", "same", compute)))
    await new Promise((r) => setTimeout(r, 10))
    release()
    expect(await all).toEqual(Array(20).fill(42))
    expect(runs).toBe(1)
  })

  it("does not keep a failed computation", async () => {
    const cache = new StampedCache<number>(10, new FakeStamp("s"))
    await expect(cache.get(scope, "product", "k", async () => { throw new Error("down") })).rejects.toThrow("down")
    expect(await cache.get(scope, "product", "k", async () => 7)).toBe(7)
  })

  it("forgets the least recently used answer beyond its size", async () => {
    const cache = new StampedCache<string>(2, new FakeStamp("s"))
    let runs = 0
    const compute = async () => `r${++runs}`
    await cache.get(scope, "i", "a", compute)
    await cache.get(scope, "i", "b", compute)
    await cache.get(scope, "i", "a", compute) // a is now the most recent
    await cache.get(scope, "i", "c", compute) // b goes
    expect(await cache.get(scope, "i", "a", compute)).toBe("r1")
    expect(await cache.get(scope, "i", "b", compute)).toBe("r4")
  })

  it("names one question by its content, not its spelling", () => {
    expect(stableKey({ b: 1, a: { d: 2, c: 3 } })).toBe(stableKey({ a: { c: 3, d: 2 }, b: 1 }))
    const p = (qs: Record<string, string>) => stableKey(catalogCacheKey(StoreCatalogParams.parse(qs)))
    expect(p({ technique: "batik_tulis,batik_cap" })).toBe(p({ technique: "batik_cap,batik_tulis" }))
    expect(p({ technique: "batik_tulis" })).not.toBe(p({ technique: "batik_cap" }))
    expect(p({ q: "tulis", locale: "id" })).not.toBe(p({ q: "tulis", locale: "en" }))
    expect(p({ sort: "price_asc" })).not.toBe(p({ sort: "price_desc" }))
    expect(p({ offset: "24" })).not.toBe(p({ offset: "0" }))
  })
})
