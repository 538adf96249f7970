/**
 * Telling a backing service that is down (PostgreSQL restarting, a dropped network, Redis gone)
 * apart from a bug, so the API can answer 503 "try again" instead of 500, and keeping a request
 * from waiting long for a database connection that is not coming.
 *
 * Errors are read by their own properties (`code`, `message`, `name`) and those of what they wrap
 * (`cause`, MikroORM's `previous`), never by class: the workflow engine hands errors back serialised.
 */

/** Socket errors of a peer that is gone or unreachable. */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"])

/**
 * PostgreSQL SQLSTATEs of a server going away or not taking connections: 57P01 admin shutdown
 * (a fast stop), 57P02 crash shutdown, 57P03 cannot connect now (starting up, shutting down), and
 * the whole class 08 (connection exception).
 */
const PG_CODES = new Set(["57P01", "57P02", "57P03"])
const PG_CONNECTION_CLASS = /^08[0-9A-Z]{3}$/

/**
 * What the drivers say when the connection is lost without a code: pg ("Connection terminated
 * unexpectedly", "... due to connection timeout", "... is not queryable"), knex's pool ("Timeout
 * acquiring a connection", "Connection ended unexpectedly"), ioredis ("Connection is closed.", and
 * with the options of src/config/infrastructure.ts: a command sent while disconnected, one that
 * got no answer in time, one still unanswered after its reconnect attempts). ioredis errors carry
 * no code of their own and arrive as plain objects once the workflow engine has serialised them.
 */
const MESSAGES = [
  /connection terminated/i,
  /timeout acquiring a connection/i,
  /connection ended unexpectedly/i,
  /encountered a connection error and is not queryable/i,
  /timeout exceeded when trying to connect/i,
  /^connection is closed\.?$/i,
  /^stream isn't writeable and enableOfflineQueue options is false$/i,
  /^command timed out$/i,
  /^reached the max retries per request limit/i,
  /\b(ECONNREFUSED|ECONNRESET)\b/,
]

/** ioredis gives up on a command after its reconnect attempts with this error. */
const NAMES = new Set(["KnexTimeoutError", "MaxRetriesPerRequestError"])

/** Wrapped errors are followed this deep; a serialised error can point back at itself. */
const MAX_DEPTH = 4

const fieldsOf = (err: unknown): Record<string, unknown> | null => (err && typeof err === "object" ? (err as Record<string, unknown>) : null)

function saysOutage(e: Record<string, unknown>): boolean {
  const code = typeof e.code === "string" ? e.code : undefined
  if (code && (NETWORK_CODES.has(code) || PG_CODES.has(code) || PG_CONNECTION_CLASS.test(code))) return true
  if (typeof e.name === "string" && NAMES.has(e.name)) return true
  const message = typeof e.message === "string" ? e.message : ""
  return MESSAGES.some((pattern) => pattern.test(message))
}

/** True when `err` (or what it wraps) says a backing service is unreachable, not that the request or the code is wrong. */
export function isOutageError(err: unknown, depth = 0): boolean {
  const e = fieldsOf(err)
  if (!e || depth > MAX_DEPTH) return false
  if (saysOutage(e)) return true
  return [e.cause, e.previous, e.originalError].some((inner) => inner !== err && isOutageError(inner, depth + 1))
}

/**
 * How long opening a new database connection may take (medusa-config's connectionTimeoutMillis): a
 * silent database fails an open within this instead of the driver's own, much longer, wait.
 */
export const DATABASE_CONNECT_TIMEOUT_MS = 3_000

/**
 * How long a query waits for a connection from the pool. Knex waits 60 s by default and Medusa passes
 * no setting for it through (its loader keeps only a few pool options). The first query to need a
 * connection once PostgreSQL refuses them waits this long (a failed open does not end a wait already
 * running), so it bounds how soon the first request of an outage hears 503. The pool is shared with
 * background work (subscribers, jobs), which a longer wait would suit better: a 10 s wait made that
 * first request wait 10 s.
 */
export const DATABASE_WAIT_MS = 3_000

/**
 * The wait once opening a connection has failed because the database is unreachable, until one
 * opens again: a request that needs the database twice (a failed checkout reloads the cart) is
 * still answered quickly, and each wait still lets the pool try to connect, which ends the outage.
 */
export const DATABASE_DOWN_WAIT_MS = 500

/** Seconds a client is told to wait (Retry-After) before asking again during an outage. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5

type Pool = { acquireTimeoutMillis: number; on?: (event: string, listener: (...args: unknown[]) => void) => unknown }

function poolOf(knex: unknown): Pool | null {
  // A knex instance is a function carrying `client`.
  const client = typeof knex === "function" || typeof knex === "object" ? (knex as { client?: unknown } | null)?.client : undefined
  const pool = fieldsOf(fieldsOf(client)?.pool)
  return pool && typeof pool.acquireTimeoutMillis === "number" ? (pool as unknown as Pool) : null
}

const watched = new WeakSet<object>()

/**
 * Bounds how long a query waits for a connection from a knex instance's pool: `waitMs` normally,
 * `downWaitMs` from a failed connect (refused, reset, timed out) to the next successful one. Tarn
 * reads `acquireTimeoutMillis` on every acquire, so this applies to a running pool. Broken
 * connections are already dropped by knex (a pg connection that errored or ended is refused on
 * checkout) and the pool opens new ones on demand: nothing else is needed to recover when the
 * database is back. A shorter wait already set is kept. False when `knex` has no pool.
 */
export function boundConnectionWait(knex: unknown, { waitMs = DATABASE_WAIT_MS, downWaitMs = DATABASE_DOWN_WAIT_MS } = {}): boolean {
  const pool = poolOf(knex)
  if (!pool) return false
  const normal = Math.min(pool.acquireTimeoutMillis, waitMs)
  pool.acquireTimeoutMillis = normal
  if (!watched.has(pool) && typeof pool.on === "function") {
    watched.add(pool)
    pool.on("createFail", (_eventId, err) => {
      if (isOutageError(err)) pool.acquireTimeoutMillis = Math.min(normal, downWaitMs)
    })
    pool.on("createSuccess", () => {
      pool.acquireTimeoutMillis = normal
    })
  }
  return true
}
