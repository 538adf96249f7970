import { BlockList, isIP } from "node:net"
import type { IncomingMessage } from "node:http"

/** Proxies on the machine or a private network: a reverse proxy, a load balancer, the storefront server. */
export const DEFAULT_TRUSTED_PROXIES = "loopback,linklocal,uniquelocal"

const NAMED: Record<string, [string, number][]> = {
  loopback: [["127.0.0.0", 8], ["::1", 128]],
  linklocal: [["169.254.0.0", 16], ["fe80::", 10]],
  uniquelocal: [["10.0.0.0", 8], ["172.16.0.0", 12], ["192.168.0.0", 16], ["fc00::", 7]],
}

const family = (ip: string) => (isIP(ip) === 6 ? "ipv6" : "ipv4")
/** `::ffff:10.0.0.1` (IPv4 on a dual-stack socket) → `10.0.0.1`. */
const plain = (ip: string) => (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(ip) ? ip.slice(7) : ip)

/**
 * Parses AUTH_TRUSTED_PROXIES: comma-separated `loopback`, `linklocal`, `uniquelocal`, CIDRs
 * (`203.0.113.0/24`) or addresses; `none` (or empty) trusts no proxy. Unknown entries are ignored.
 */
export function trustedProxies(spec: string = DEFAULT_TRUSTED_PROXIES): BlockList {
  const list = new BlockList()
  for (const raw of spec.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    const [addr, bits] = raw.split("/")
    for (const [net, prefix] of NAMED[raw] ?? (isIP(addr) ? [[addr, bits ? Number(bits) : isIP(addr) === 6 ? 128 : 32]] : [])) {
      if (Number.isInteger(prefix)) list.addSubnet(net, prefix, family(net))
    }
  }
  return list
}

/**
 * The address of whoever sent the request. X-Forwarded-For is believed only as far as the hops
 * that appended to it are trusted proxies: walking from the socket's peer leftwards, the first
 * untrusted address is the client. Medusa sets Express's `trust proxy` to 1, which makes `req.ip`
 * whatever the caller writes in the header when nothing sits in front of the server; this does not.
 */
export function clientIp(req: Pick<IncomingMessage, "headers" | "socket">, trusted: BlockList): string {
  let ip = plain(req.socket?.remoteAddress ?? "")
  const header = req.headers["x-forwarded-for"]
  const hops = (Array.isArray(header) ? header.join(",") : header ?? "").split(",").map((h) => plain(h.trim())).filter(Boolean)
  while (isIP(ip) && trusted.check(ip, family(ip)) && hops.length) {
    const next = hops.pop()!
    if (!isIP(next)) break
    ip = next
  }
  return ip || "unknown"
}
