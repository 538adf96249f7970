import { createServer, type IncomingMessage } from "node:http"
import type { AddressInfo } from "node:net"
import { afterEach, describe, expect, it, vi } from "vitest"
import { createRevalidator, tagsForEvent } from "./storefront-revalidation"

const SECRET = "x".repeat(40)

type Received = { path?: string; authorization?: string; body: unknown }

/** A loopback storefront that records each call and answers `status` (or never, when hang). */
async function storefront({ status = 200, hang = false } = {}) {
  const received: Received[] = []
  const server = createServer((req: IncomingMessage, res) => {
    let raw = ""
    req.on("data", (c) => (raw += c))
    req.on("end", () => {
      received.push({ path: req.url, authorization: req.headers.authorization, body: JSON.parse(raw) })
      if (!hang) res.writeHead(status, { "content-type": "application/json" }).end("{}")
    })
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  servers.push(server)
  return { url, received }
}
const servers: ReturnType<typeof createServer>[] = []
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections()
    await new Promise((r) => s.close(r))
  }
})

describe("storefront revalidation", () => {
  it("sends one signed call for the tags of every event in a window", async () => {
    const { url, received } = await storefront()
    const logger = { warn: vi.fn() }
    const r = createRevalidator({ storefrontUrl: url, secret: SECRET, logger })!
    await Promise.all([r.expire(tagsForEvent("product-variant.updated")), r.expire(tagsForEvent("reservation-item.created")), r.expire(tagsForEvent("region.updated"))])
    expect(received).toEqual([{ path: "/api/revalidate", authorization: `Bearer ${SECRET}`, body: { tags: ["shop", "regions"] } }])
    await r.expire(["shop"])
    expect(received).toHaveLength(2)
    expect(logger.warn).not.toHaveBeenCalled()
  })

  it("never throws when the storefront refuses, is down or hangs: it warns and gives up in bounded time", async () => {
    const logger = { warn: vi.fn() }
    const refusing = await storefront({ status: 401 })
    await createRevalidator({ storefrontUrl: refusing.url, secret: SECRET, logger })!.expire(["shop"])
    expect(logger.warn).toHaveBeenLastCalledWith(expect.stringContaining("answered 401"))
    await createRevalidator({ storefrontUrl: "http://127.0.0.1:1", secret: SECRET, logger })!.expire(["shop"])
    expect(logger.warn).toHaveBeenCalledTimes(2)
    const hanging = await storefront({ hang: true })
    const started = Date.now()
    await createRevalidator({ storefrontUrl: hanging.url, secret: SECRET, logger, timeoutMs: 200 })!.expire(["shop"])
    expect(Date.now() - started).toBeLessThan(2000)
    expect(logger.warn).toHaveBeenCalledTimes(3)
  })

  it("does nothing without a shared secret long enough to trust", () => {
    const logger = { warn: vi.fn() }
    expect(createRevalidator({ storefrontUrl: "http://localhost:8000", secret: undefined, logger })).toBeNull()
    expect(createRevalidator({ storefrontUrl: "http://localhost:8000", secret: "short", logger })).toBeNull()
  })

  it("maps region events to the regions tag and everything else it listens to to the shop tag", () => {
    expect(tagsForEvent("region.updated")).toEqual(["regions"])
    expect(tagsForEvent("certification.revoked")).toEqual(["shop"])
    expect(tagsForEvent("seller.seller.updated")).toEqual(["shop"])
  })
})
