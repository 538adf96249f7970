import { request } from "node:http"
import demo from "../../src/scripts/seed/demo-accounts.json"

/**
 * What the suite is handed by scripts/test.mjs, which brought the scaled backend up:
 * CANTING_CLUSTER_URL (the servers' one port), CANTING_WORKER_URL, CANTING_PUBLISHABLE_KEY,
 * CANTING_CLUSTER_PID (the process that keeps the servers running) and CANTING_WORKER_PID.
 */
export function scaledBackend() {
  const need = (name: string) => {
    const value = process.env[name]
    if (!value) throw new Error(`${name} is not set: this suite runs against a backend that scripts/test.mjs starts (its "scaled backend" step)`)
    return value
  }
  return {
    url: need("CANTING_CLUSTER_URL"), workerUrl: need("CANTING_WORKER_URL"), key: need("CANTING_PUBLISHABLE_KEY"),
    primaryPid: Number(need("CANTING_CLUSTER_PID")), workerPid: Number(need("CANTING_WORKER_PID")),
  }
}

export type Reply<T = Record<string, unknown>> = { status: number; data: T }

/**
 * One HTTP call on a connection of its own (no keep-alive). Node's cluster hands each new
 * connection to the next server process in turn, so a run of calls reaches every server.
 */
export function call<T = Record<string, unknown>>(base: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
  const payload = body === undefined ? undefined : JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), {
      method, agent: false,
      headers: { accept: "application/json", connection: "close", ...(payload ? { "content-type": "application/json" } : {}), ...headers },
    }, (res) => {
      const chunks: Buffer[] = []
      res.on("data", (c: Buffer) => chunks.push(c))
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8")
        let data: unknown = text
        try { data = text ? JSON.parse(text) : {} } catch { /* not JSON: kept as text */ }
        resolve({ status: res.statusCode ?? 0, data: data as T })
      })
    })
    req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path} took over 30 s`)))
    req.on("error", reject)
    req.end(payload)
  })
}

/** A client for one base URL: the store's publishable key always, a bearer token when given. */
export function client(base: string, key: string) {
  const headers = (token?: string) => ({ "x-publishable-api-key": key, ...(token ? { authorization: `Bearer ${token}` } : {}) })
  return {
    get: <T = Record<string, unknown>>(path: string, token?: string) => call<T>(base, "GET", path, undefined, headers(token)),
    post: <T = Record<string, unknown>>(path: string, body: unknown, token?: string) => call<T>(base, "POST", path, body, headers(token)),
    async login(actor: "user" | "seller" | "customer", email: string, password: string) {
      const { status, data } = await call<{ token: string }>(base, "POST", `/auth/${actor}/emailpass`, { email, password })
      if (status !== 200) throw new Error(`${actor} login for ${email} answered ${status}`)
      return data.token
    },
  }
}

export const DEMO = demo

/** Polls `check` until it holds or `ms` pass; answers how long it took, or throws with the last value seen. */
export async function within<T>(ms: number, probe: () => Promise<T>, holds: (value: T) => boolean): Promise<number> {
  const started = Date.now()
  let last: T | undefined
  while (Date.now() - started <= ms) {
    last = await probe()
    if (holds(last)) return Date.now() - started
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`did not hold within ${ms} ms; last seen: ${JSON.stringify(last).slice(0, 500)}`)
}
