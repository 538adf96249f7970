import { createServer, type Server, type Socket } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { Redis } from "ioredis"
import { MedusaError, ModulesSdkUtils } from "@medusajs/framework/utils"
import { requestRedisOptions } from "../config/infrastructure"
import { boundConnectionWait, isOutageError } from "./outage"

/** An error as pg raises it: a message and a SQLSTATE or socket `code`. */
const withCode = (message: string, code: string) => Object.assign(new Error(message), { code })

/** What the workflow engine hands back: the own properties, not the class. */
const serialised = (err: Error) => ({ ...Object.fromEntries(Object.getOwnPropertyNames(err).map((k) => [k, (err as unknown as Record<string, unknown>)[k]])), name: err.name })

describe("isOutageError", () => {
  it("recognises a database or socket that went away, by code", () => {
    for (const code of ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "57P01", "57P02", "57P03", "08006", "08001", "08P01"]) {
      expect(isOutageError(withCode("x", code)), code).toBe(true)
    }
  })

  it("recognises the drivers' messages when there is no code", () => {
    for (const message of [
      "Connection terminated unexpectedly",
      "Connection terminated due to connection timeout",
      "Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?",
      "Connection ended unexpectedly",
      "Client has encountered a connection error and is not queryable",
      "connect ECONNREFUSED 127.0.0.1:5432",
      "Connection is closed.",
    ]) expect(isOutageError(new Error(message)), message).toBe(true)
    expect(isOutageError(Object.assign(new Error("Reached the max retries per request limit"), { name: "MaxRetriesPerRequestError" }))).toBe(true)
  })

  it("follows what an error wraps and survives the workflow engine's serialisation", () => {
    const driver = withCode("terminating connection due to administrator command", "57P01")
    expect(isOutageError(serialised(driver))).toBe(true)
    expect(isOutageError({ name: "DriverException", message: "select 1", previous: driver })).toBe(true)
    expect(isOutageError(Object.assign(new Error("query failed"), { cause: new Error("Connection terminated unexpectedly") }))).toBe(true)
  })

  it("recognises what ioredis says, with the options of src/config/infrastructure.ts, while Redis is away", () => {
    for (const message of ["Stream isn't writeable and enableOfflineQueue options is false", "Command timed out"]) {
      expect(isOutageError(new Error(message)), message).toBe(true)
      expect(isOutageError(serialised(new Error(message))), `${message}, serialised`).toBe(true)
    }
    const maxRetries = { message: 'Reached the max retries per request limit (which is 1). Refer to "maxRetriesPerRequest" option for details.' }
    expect(isOutageError(maxRetries)).toBe(true)
    expect(isOutageError(new Error("the seller command timed out twice"))).toBe(false)
  })

  it("leaves bugs, bad input and other database errors to the usual handler", () => {
    expect(isOutageError(new MedusaError(MedusaError.Types.NOT_FOUND, "Product with id: x was not found"))).toBe(false)
    expect(isOutageError(withCode("duplicate key value violates unique constraint", "23505"))).toBe(false)
    expect(isOutageError(withCode("canceling statement due to statement timeout", "57014"))).toBe(false)
    expect(isOutageError(withCode("x", "0800"))).toBe(false)
    expect(isOutageError(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false)
    expect(isOutageError(new Error("the connection to the seller was terminated by the admin"))).toBe(false)
    for (const value of [null, undefined, "ECONNREFUSED", 42]) expect(isOutageError(value)).toBe(false)
    const loop: Record<string, unknown> = { message: "boom" }
    loop.cause = { message: "still boom", cause: loop }
    expect(isOutageError(loop)).toBe(false)
  })
})

describe("boundConnectionWait", () => {
  // A "database" that takes the TCP connection and hangs up at once, like a server shutting down.
  let server: Server
  const sockets = new Set<Socket>()
  let url = ""

  beforeAll(async () => {
    server = createServer((socket) => {
      sockets.add(socket)
      socket.destroy()
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const { port } = server.address() as { port: number }
    url = `postgres://postgres@127.0.0.1:${port}/canting`
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  it("makes a query against an unreachable database fail within the bound instead of knex's minute, then faster", async () => {
    // The same factory Medusa builds its shared connection with.
    const knex = ModulesSdkUtils.createPgConnection({ clientUrl: url, schema: "public" })
    const pool = (knex.client as { pool: { acquireTimeoutMillis: number } }).pool
    try {
      // Knex's own wait, which Medusa leaves in place: far longer than a shopper waits.
      expect(pool.acquireTimeoutMillis).toBeGreaterThanOrEqual(60_000)
      expect(boundConnectionWait(knex, { waitMs: 1_000, downWaitMs: 100 })).toBe(true)
      let started = Date.now()
      const err = await knex.raw("select 1").then(() => null, (e: unknown) => e)
      expect(Date.now() - started).toBeLessThan(5_000)
      expect(isOutageError(err)).toBe(true)
      expect(sockets.size).toBeGreaterThan(0)
      // The failed connects switched the pool to the short wait.
      expect(pool.acquireTimeoutMillis).toBe(100)
      started = Date.now()
      expect(isOutageError(await knex.raw("select 1").then(() => null, (e: unknown) => e))).toBe(true)
      expect(Date.now() - started).toBeLessThan(1_000)
    } finally {
      await knex.destroy()
    }
  })

  it("waits the short time only from a failed connect to the next good one", () => {
    const listeners = new Map<string, (...args: unknown[]) => void>()
    const pool = { acquireTimeoutMillis: 60_000, on: (event: string, listener: (...args: unknown[]) => void) => listeners.set(event, listener) }
    expect(boundConnectionWait({ client: { pool } }, { waitMs: 3_000, downWaitMs: 500 })).toBe(true)
    expect(pool.acquireTimeoutMillis).toBe(3_000)
    listeners.get("createFail")!(1, withCode("password authentication failed", "28P01"))
    expect(pool.acquireTimeoutMillis).toBe(3_000)
    listeners.get("createFail")!(2, withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"))
    expect(pool.acquireTimeoutMillis).toBe(500)
    listeners.get("createSuccess")!(3, {})
    expect(pool.acquireTimeoutMillis).toBe(3_000)
  })

  it("never lengthens a shorter wait and ignores what is not a knex instance", () => {
    const pool = { acquireTimeoutMillis: 1_000 }
    expect(boundConnectionWait({ client: { pool } }, { waitMs: 3_000 })).toBe(true)
    expect(pool.acquireTimeoutMillis).toBe(1_000)
    expect(boundConnectionWait(undefined)).toBe(false)
    expect(boundConnectionWait({ client: {} })).toBe(false)
  })
})

describe("a Redis connection a request waits on", () => {
  // A "Redis" whose every connection is taken and never answered (a host gone silent), and a port
  // where nothing listens (a stopped Redis).
  let silent: Server
  const held = new Set<Socket>()
  let silentPort = 0
  let closedPort = 0

  beforeAll(async () => {
    silent = createServer((socket) => void held.add(socket))
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve))
    silentPort = (silent.address() as { port: number }).port
    const probe = createServer()
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve))
    closedPort = (probe.address() as { port: number }).port
    await new Promise((resolve) => probe.close(resolve))
  })
  afterAll(async () => {
    for (const socket of held) socket.destroy()
    await new Promise((resolve) => silent.close(resolve))
  })

  /** The time a command takes to fail and what it fails with, sent once the client is `connected` if asked. */
  async function failure(port: number, { connected = false } = {}) {
    // No ready check: the silent server would never answer it, and the command would fail unsent.
    const redis = new Redis({ port, host: "127.0.0.1", ...requestRedisOptions(300), enableReadyCheck: false })
    redis.on("error", () => {})
    try {
      if (connected) await new Promise((resolve) => redis.once("ready", resolve))
      const started = Date.now()
      const err = await redis.get("x").then(() => null, (e: unknown) => e)
      return { ms: Date.now() - started, err }
    } finally {
      redis.disconnect()
    }
  }

  it("fails a command at once while Redis refuses connections, as an outage", async () => {
    const { ms, err } = await failure(closedPort)
    expect(ms).toBeLessThan(1_000)
    expect(isOutageError(err)).toBe(true)
  })

  it("fails a command unanswered past the command timeout, as an outage", async () => {
    const { ms, err } = await failure(silentPort, { connected: true })
    expect(ms).toBeGreaterThanOrEqual(250)
    expect(ms).toBeLessThan(2_000)
    expect(isOutageError(err)).toBe(true)
  })
})
