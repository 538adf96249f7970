import type { IncomingMessage } from "node:http"
import { describe, expect, it } from "vitest"
import { clientIp, trustedProxies } from "./client-ip"

const req = (remoteAddress: string, xff?: string) => ({ socket: { remoteAddress }, headers: xff ? { "x-forwarded-for": xff } : {} }) as unknown as Pick<IncomingMessage, "headers" | "socket">

describe("clientIp", () => {
  const trusted = trustedProxies()

  it("ignores X-Forwarded-For from a caller that is not a trusted proxy", () => {
    expect(clientIp(req("203.0.113.9", "198.51.100.1"), trusted)).toBe("203.0.113.9")
  })

  it("believes a proxy on loopback or a private network, up to the first untrusted hop", () => {
    expect(clientIp(req("::ffff:127.0.0.1", "198.51.100.1"), trusted)).toBe("198.51.100.1")
    // the client wrote a fake first hop; the private proxy appended the real address
    expect(clientIp(req("10.0.0.5", "1.2.3.4, 198.51.100.1"), trusted)).toBe("198.51.100.1")
    expect(clientIp(req("10.0.0.5", "198.51.100.1, 192.168.1.2"), trusted)).toBe("198.51.100.1")
  })

  it("uses the socket's address without a header, and trusts nobody with `none`", () => {
    expect(clientIp(req("::ffff:127.0.0.1"), trusted)).toBe("127.0.0.1")
    expect(clientIp(req("127.0.0.1", "198.51.100.1"), trustedProxies("none"))).toBe("127.0.0.1")
  })

  it("takes CIDRs and addresses", () => {
    const list = trustedProxies("203.0.113.0/24, 2001:db8::1")
    expect(clientIp(req("203.0.113.50", "198.51.100.1"), list)).toBe("198.51.100.1")
    expect(clientIp(req("2001:db8::1", "198.51.100.2"), list)).toBe("198.51.100.2")
    expect(clientIp(req("10.0.0.1", "198.51.100.1"), list)).toBe("10.0.0.1")
  })
})
