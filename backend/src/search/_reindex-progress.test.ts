import { describe, expect, it } from "vitest"
import { barLine, batchesFor, createProgress } from "./_reindex-progress"

/** A fake stream and clock the test moves by hand. */
function harness(isTTY: boolean) {
  const writes: string[] = []
  let now = 0
  const out = { isTTY, columns: 120, write: (t: string) => writes.push(t) }
  return { writes, out, clock: () => now, tick: (ms: number) => (now += ms) }
}

describe("reindex progress", () => {
  it("counts the batches the search module has flushed", () => {
    expect(batchesFor(0, 100)).toBe(0)
    expect(batchesFor(1, 100)).toBe(1)
    expect(batchesFor(100, 100)).toBe(1)
    expect(batchesFor(101, 100)).toBe(2)
    expect(batchesFor(10_000, 100)).toBe(100)
  })

  it("draws a bar that fills with the share of documents written", () => {
    expect(barLine({ done: 0, total: 10_000, batch: 0 }, 0, 10)).toMatch(/^\[░{10}\] {3}0% 0\/10,000 documents · batch 0/)
    expect(barLine({ done: 6_000, total: 10_000, batch: 60 }, 5_000, 10)).toBe("[██████░░░░]  60% 6,000/10,000 documents · batch 60 · 1,200/s · 5.0 s")
    // Never past full, never divides by zero.
    expect(barLine({ done: 12, total: 10, batch: 1 }, 1000, 10)).toMatch(/^\[█{10}\] 100%/)
    expect(barLine({ done: 0, total: 0, batch: 0 }, 0, 10)).toMatch(/^\[░{10}\] {3}0%/)
  })

  it("redraws one line in place on a terminal and ends with the summary", () => {
    const h = harness(true)
    const p = createProgress({ out: h.out, total: 250, batchSize: 100, clock: h.clock })
    h.tick(500); p.update(100)
    h.tick(500); p.update(200)
    h.tick(500)
    const summary = p.finish(250)
    expect(h.writes.slice(0, 2).every((w) => w.startsWith("\r") && !w.includes("\n"))).toBe(true)
    expect(h.writes[1]).toContain("200/250 documents · batch 2")
    expect(h.writes.at(-2)).toMatch(/^\r\[█{30}\] 100% 250\/250 documents · batch 3 .*\n$/)
    expect(h.writes.at(-1)).toBe("Reindexed 250 documents in 3 batches, 1.5 s.\n")
    expect(summary).toEqual({ documents: 250, batches: 3, seconds: 1.5 })
  })

  it("prints plain lines without escape codes when not a terminal, one per batch at most once a second", () => {
    const h = harness(false)
    const p = createProgress({ out: h.out, total: 300, batchSize: 100, clock: h.clock })
    p.update(0) // nothing written yet: no line
    h.tick(200); p.update(100)
    h.tick(200); p.update(100) // same total: no line
    h.tick(200); p.update(200) // under a second since the last line: no line
    h.tick(1000); p.update(200) // a second later, but nothing new
    h.tick(100); p.update(300)
    p.finish(300)
    expect(h.writes).toEqual([
      "reindex: 100/300 documents (33%), batch 1, 0.2 s\n",
      "reindex: 300/300 documents (100%), batch 3, 1.7 s\n",
      "Reindexed 300 documents in 3 batches, 1.7 s.\n",
    ])
    expect(h.writes.join("")).not.toMatch(/\x1b|\r/)
  })

  it("reports an empty index honestly", () => {
    const h = harness(false)
    const summary = createProgress({ out: h.out, total: 0, batchSize: 100, clock: h.clock }).finish(0)
    expect(summary).toEqual({ documents: 0, batches: 0, seconds: 0 })
    expect(h.writes.at(-1)).toBe("Reindexed 0 documents in 0 batches, 0.0 s.\n")
  })
})
