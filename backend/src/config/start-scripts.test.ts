import { describe, expect, it } from "vitest"
import { resolve } from "node:path"
import { pathToFileURL } from "node:url"

// What `npm start` (scripts/lib/*.mjs) runs the marketplace with, before any backend code runs.
const script = async <T>(name: string) => (await import(pathToFileURL(resolve(__dirname, "../../../scripts/lib", name)).href)) as T

describe("npm start's defaults", () => {
  it("runs the marketplace's database durable; only a throwaway test cluster turns fsync off", async () => {
    const { serverFlags } = await script<{ serverFlags: (o?: { durable?: boolean }) => string[] }>("postgres.mjs")
    const settings = (flags: string[]) => flags.filter((_, i) => flags[i - 1] === "-c")
    expect(settings(serverFlags())).toEqual(["listen_addresses=localhost", "unix_socket_directories=", "max_connections=200"])
    expect(settings(serverFlags({ durable: false }))).toEqual(expect.arrayContaining(["fsync=off", "synchronous_commit=off"]))
  })

  it("listens on this machine only unless HOST says otherwise", async () => {
    const { listenHost } = await script<{ listenHost: (env: Record<string, string | undefined>) => string }>("stack.mjs")
    expect(listenHost({})).toBe("127.0.0.1")
    expect(listenHost({ HOST: "0.0.0.0" })).toBe("0.0.0.0")
  })
})
