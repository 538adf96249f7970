import { describe, expect, it } from "vitest"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { lockInventoryItems } from "./checkout-lock"

/** A container whose Locking module answers `acquire` from a script of outcomes, one per call. */
function lockingThat(outcomes: (Error | null)[]) {
  const calls = { acquire: 0, released: [] as string[][] }
  const locking = {
    acquire: async () => {
      const outcome = outcomes[Math.min(calls.acquire++, outcomes.length - 1)]
      if (outcome) throw outcome
    },
    release: async (keys: string[]) => { calls.released.push(keys) },
  }
  const container = { resolve: (key: string) => (key === Modules.LOCKING ? locking : undefined) } as unknown as MedusaContainer
  return { container, calls }
}

describe("the checkout's inventory locks", () => {
  it("waits while another completion holds an item, then takes it", async () => {
    const busy = new Error('Failed to acquire lock for key "canting:checkout:inventory:iitem_1"')
    const { container, calls } = lockingThat([busy, busy, null])
    await expect(lockInventoryItems(container, ["iitem_1"], "checkout:cart_1")).resolves.toEqual(["canting:checkout:inventory:iitem_1"])
    expect(calls.acquire).toBe(3)
  })

  it("fails at once when the lock store is unreachable (a 503 now, not a 409 after a minute), giving back what it took", async () => {
    const down = new Error("Stream isn't writeable and enableOfflineQueue options is false")
    const { container, calls } = lockingThat([null, down])
    const started = Date.now()
    await expect(lockInventoryItems(container, ["iitem_1", "iitem_2"], "checkout:cart_1")).rejects.toBe(down)
    expect(Date.now() - started).toBeLessThan(1000)
    expect(calls.acquire).toBe(2)
    expect(calls.released).toEqual([["canting:checkout:inventory:iitem_1"]])
  })
})
