import { connect, createServer, type Socket } from "node:net"

/**
 * A loopback TCP proxy in front of a backing service (PostgreSQL, Redis) that a spec can cut and
 * restore, so the app under test sees the service go away and come back while the shared server
 * keeps running for the other suites. `refuse` hangs up on every connection at once (a stopped
 * server, a reset network); `blackhole` takes connections and never answers (a host that vanished).
 */
export type ProxyMode = "up" | "refuse" | "blackhole"

export function startTcpProxy(target: { host: string; port: number }) {
  let mode: ProxyMode = "up"
  // Connections passed through to the service: a spec checks the app really talks through the proxy.
  let relayed = 0
  const sockets = new Set<Socket>()
  const held = new Set<Socket>()
  const track = (socket: Socket) => {
    sockets.add(socket)
    socket.on("close", () => sockets.delete(socket))
    // A torn-down peer is the point of the exercise; the other side is closed with it.
    socket.on("error", () => socket.destroy())
  }

  const server = createServer((client) => {
    track(client)
    if (mode === "refuse") return void client.destroy()
    if (mode === "blackhole") return void held.add(client)
    relayed++
    const upstream = connect(target.port, target.host)
    track(upstream)
    client.pipe(upstream)
    upstream.pipe(client)
    client.on("close", () => upstream.destroy())
    upstream.on("close", () => client.destroy())
  })
  // Unbound host: both families, since the app's URL names `localhost` (the runner turns SSL on for any other host).
  // Bound synchronously, so the port is known before the test runner builds its database URL.
  server.listen(0)
  server.unref()
  const { port } = server.address() as { port: number }

  /** Drops every connection through the proxy and treats new ones as `next` says. */
  const cut = (next: Exclude<ProxyMode, "up">) => {
    mode = next
    for (const socket of sockets) socket.destroy()
  }
  /** Lets connections through again; ones held by a blackhole are dropped, as a returning network would reset them. */
  const restore = () => {
    mode = "up"
    for (const socket of held) socket.destroy()
    held.clear()
  }
  return { port, cut, restore, get mode() { return mode }, get relayed() { return relayed } }
}

export type TcpProxy = ReturnType<typeof startTcpProxy>
