/**
 * Picks each piece of infrastructure from the environment (read and validated by src/env.ts).
 * Unset variables keep the embedded defaults that need nothing but Node (in-memory events,
 * workflows, locks and cache; manual payments); setting them switches to the scaled counterpart.
 * Each function reads `source` (the process environment unless a test passes its own).
 */
import { resolve } from "node:path"
import { envVars, type EnvSource } from "../env"

type ModuleEntry = { resolve: string; key?: string; options?: Record<string, unknown> }

/**
 * Redis event bus, workflow engine, locking and caching when REDIS_URL is set; in-memory otherwise.
 * The Caching module is on in both (medusa-config sets its `caching` flag): Medusa caches the store
 * routes' lookups with it (the publishable key every store request checks, products, prices, shipping
 * options) and clears entries through the events of what they were read from. In memory, each
 * process keeps its own: one process without Redis; with Redis, processes share one cache.
 * An entry whose result was empty carries no entity to be cleared by (Medusa 2.21: a lookup of a
 * translation or a product handle that did not exist yet), so entries live CACHE_TTL_SECONDS, not
 * Medusa's default hour, and our translation writes clear the cache (upsert-translation step).
 */
export const CACHE_TTL_SECONDS = 10

/** Every event on the Redis bus: up to five attempts, 1 s, 2 s, 4 s, 8 s apart; failures kept for inspection. */
export const EVENT_JOB_OPTIONS = { attempts: 5, backoff: { type: "exponential", delay: 1000 }, removeOnComplete: true, removeOnFail: 1000 }

type WorkerMode = "shared" | "server" | "worker"

/**
 * How long a Redis command a request waits on may take before it fails (and the request answers
 * 503, lib/outage.ts). A healthy Redis answers in far less; this catches a Redis that still holds
 * the connection open but no longer answers, which no socket error would ever end.
 */
export const REDIS_COMMAND_TIMEOUT_MS = 2_000

/**
 * A cache lookup gives up sooner: the cache fails soft (Medusa's Redis provider reads the database
 * on any connection error or timeout), a request may look up several entries in a row, and a cache
 * slower than the database it saves a trip to is no use.
 */
export const CACHE_COMMAND_TIMEOUT_MS = 500

/**
 * ioredis options for connections HTTP requests wait on. Medusa's modules leave ioredis to queue
 * every command while Redis is away (some with `maxRetriesPerRequest: null`, i.e. forever), so a
 * request hangs through the whole outage. Instead:
 * - `enableOfflineQueue: false`: a command sent while disconnected fails at once. A queued command
 *   that timed out would still run once Redis is back (a lock taken, an event emitted for a request
 *   already answered 503), so the queue is turned off rather than only bounded by a timeout.
 * - `maxRetriesPerRequest: 1`: a command in flight when the connection drops is sent again after
 *   one reconnect (a blip costs nothing) and fails if that reconnect fails too.
 * - `commandTimeout`: see REDIS_COMMAND_TIMEOUT_MS.
 * Never for a connection a BullMQ Worker blocks on: it must keep `maxRetriesPerRequest: null` and
 * no command timeout, or its waits for the next job would fail and it would stop taking jobs.
 */
export function requestRedisOptions(commandTimeout = REDIS_COMMAND_TIMEOUT_MS) {
  return { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout }
}

/**
 * Per process shape (MEDUSA_WORKER_MODE). `worker` serves no HTTP: Medusa's defaults, its workers
 * wait for Redis. `server` only adds jobs to the queues: every connection fails fast. `shared` (one
 * process, development and tests) adds jobs and runs the workers on the same connections: the event
 * bus and workflow engine only drop the offline queue there, so a request still fails at once while
 * Redis is unreachable, but a command already sent when it goes silent is not bounded.
 */
function busRedisOptions(mode: WorkerMode) {
  if (mode === "worker") return {}
  if (mode === "server") return { redisOptions: requestRedisOptions() }
  return { redisOptions: { enableOfflineQueue: false } }
}

function workflowRedisOptions(mode: WorkerMode) {
  if (mode === "worker") return {}
  // The engine forces `maxRetriesPerRequest: null` on its workers' connection but passes them the rest.
  if (mode === "server") return { redisOptions: requestRedisOptions() }
  return { redisOptions: { enableOfflineQueue: false, maxRetriesPerRequest: 1 } }
}

export function infrastructureModules(redisUrl: string | undefined, source?: EnvSource): ModuleEntry[] {
  if (!redisUrl) return [{ resolve: "@medusajs/medusa/caching", options: { ttl: CACHE_TTL_SECONDS, in_memory: { enable: true } } }]
  const mode = envVars(["MEDUSA_WORKER_MODE"], source).MEDUSA_WORKER_MODE
  return [
    // Events are jobs in Redis: one not yet handled survives a restart, and a subscriber that fails
    // (the database restarting, say) is tried again with backoff; only the failed ones run again.
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl, jobOptions: EVENT_JOB_OPTIONS, ...busRedisOptions(mode) } },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: {
        redis: {
          redisUrl,
          ...workflowRedisOptions(mode),
          // Pub/sub keeps Medusa's defaults: publishing is fire-and-forget (no request waits on it) and
          // the engine subscribes without handling a failure, which failing fast would turn into crashes.
          pubsub: { url: redisUrl, options: {} },
        },
      },
    },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl, redisOptions: requestRedisOptions() } }],
      },
    },
    {
      resolve: "@medusajs/medusa/caching",
      options: {
        ttl: CACHE_TTL_SECONDS,
        providers: [{
          resolve: "@medusajs/caching-redis", id: "caching-redis", is_default: true,
          options: { redisUrl, redisOptions: requestRedisOptions(CACHE_COMMAND_TIMEOUT_MS) },
        }],
      },
    },
  ]
}

/**
 * Manual (bank transfer) payments always; Stripe only when STRIPE_API_KEY is set. With
 * STRIPE_API_HOST (e.g. a loopback fake in tests) our subclass of Medusa's provider talks to that
 * host; the provider id stays `pp_stripe_stripe` either way. PAYMENT_WEBHOOK_DELAY_MS overrides
 * Medusa's 5 s delay before a received webhook is processed.
 */
export function paymentModule(source?: EnvSource): ModuleEntry {
  const env = envVars(["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_HOST", "PAYMENT_WEBHOOK_DELAY_MS"], source)
  const providers: Record<string, unknown>[] = []
  if (env.STRIPE_API_KEY) {
    providers.push({
      resolve: env.STRIPE_API_HOST ? "./src/providers/stripe-loopback" : "@medusajs/medusa/payment-stripe",
      id: "stripe",
      options: {
        apiKey: env.STRIPE_API_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET, automaticPaymentMethods: true,
        ...(env.STRIPE_API_HOST ? { apiHost: env.STRIPE_API_HOST } : {}),
      },
    })
  }
  const delay = env.PAYMENT_WEBHOOK_DELAY_MS
  return { resolve: "@medusajs/medusa/payment", options: { providers, ...(delay !== undefined ? { webhook_delay: delay } : {}) } }
}

/** Payment providers a region offers: bank transfer always, Stripe too when it is configured. */
export function regionPaymentProviders(source?: EnvSource): string[] {
  return envVars(["STRIPE_API_KEY"], source).STRIPE_API_KEY ? ["pp_system_default", "pp_stripe_stripe"] : ["pp_system_default"]
}

/** Medusa's Translation module (feature-flagged); locales live on the store (id-ID default, en-US). */
export function translationModule(): ModuleEntry {
  return { resolve: "@medusajs/medusa/translation" }
}

/**
 * The folder public uploads are kept in: CANTING_UPLOAD_DIR, else backend/uploads. Never the
 * `static` folder beside the server: Medusa mounts a raw express.static on `<cwd>/static` before any
 * project middleware, with a content type taken from the file name and no nosniff. Files kept
 * elsewhere fall through it to our `/static` handler (api/static-uploads.ts), which serves images only.
 */
export function publicUploadDir(source?: EnvSource): string {
  return resolve(envVars(["CANTING_UPLOAD_DIR"], source).CANTING_UPLOAD_DIR)
}

/**
 * Local files under backend/uploads (served at /static by api/static-uploads.ts) by default; any
 * S3-compatible store when S3_BUCKET is set. CANTING_UPLOAD_DIR pins the folder so the built server
 * (which runs from .medusa/server) and the seed share it.
 */
export function fileModule(source?: EnvSource): ModuleEntry {
  const env = envVars([
    "MEDUSA_BACKEND_URL", "PORT", "S3_BUCKET", "S3_REGION", "S3_ENDPOINT", "S3_FILE_URL", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "CANTING_PRIVATE_UPLOAD_DIR",
  ], source)
  const backendUrl = env.MEDUSA_BACKEND_URL ?? `http://localhost:${env.PORT}`
  if (env.S3_BUCKET) {
    return {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [{
          resolve: "@medusajs/medusa/file-s3",
          id: "s3",
          options: {
            bucket: env.S3_BUCKET, region: env.S3_REGION, endpoint: env.S3_ENDPOINT, file_url: env.S3_FILE_URL,
            access_key_id: env.S3_ACCESS_KEY_ID, secret_access_key: env.S3_SECRET_ACCESS_KEY,
          },
        }],
      },
    }
  }
  return {
    resolve: "@medusajs/medusa/file",
    options: {
      providers: [{
        resolve: "@medusajs/medusa/file-local",
        id: "local",
        options: {
          upload_dir: publicUploadDir(source),
          // Seller documents are private: they must never land in the publicly served static folder.
          private_upload_dir: env.CANTING_PRIVATE_UPLOAD_DIR,
          backend_url: `${backendUrl}/static`,
        },
      }],
    },
  }
}

/**
 * The demo's email outbox (EMAIL_OUTBOX_DIR, default `.data/outbox` at the repository's root: the
 * path is relative to the backend's folder, where `medusa develop` and the tests run; `npm start`,
 * which runs the built server from backend/.medusa/server, passes it absolute). Null when SMTP_URL
 * is set: emails then leave the machine and nothing is kept.
 */
export function emailOutboxDir(source?: EnvSource): string | null {
  const env = envVars(["SMTP_URL", "EMAIL_OUTBOX_DIR"], source)
  return env.SMTP_URL ? null : resolve(env.EMAIL_OUTBOX_DIR)
}

/**
 * The `email` channel is our provider (src/providers/email): templates rendered with React Email in
 * the reader's language, sent with nodemailer through SMTP_URL, or without it written as .eml files
 * into the outbox, which the admin's Outbox page (api/admin/outbox) lists.
 */
export function notificationModule(source?: EnvSource): ModuleEntry {
  const env = envVars(["SMTP_URL", "SMTP_FROM", "STOREFRONT_URL"], source)
  return {
    resolve: "@medusajs/medusa/notification",
    options: {
      providers: [{
        resolve: "./src/providers/email",
        id: "email",
        options: { channels: ["email"], from: env.SMTP_FROM, storefrontUrl: env.STOREFRONT_URL, smtpUrl: env.SMTP_URL, outboxDir: emailOutboxDir(source) ?? undefined },
      }],
    },
  }
}

/**
 * Search: Medusa's Search module with our Postgres provider by default (src/search/postgres: typed
 * columns, full-text and trigram indexes, nothing to configure). With MEILISEARCH_HOST (and
 * MEILISEARCH_API_KEY) our Meilisearch provider (src/search/meilisearch) becomes the default for the
 * index definitions in src/search; Postgres stays registered so a provider switch can clean up the
 * previous engine's indexes. The Meilisearch provider mirrors every write into the Postgres table
 * and answers from it while Meilisearch is unreachable: MEILISEARCH_TIMEOUT_MS bounds a query's
 * wait, MEILISEARCH_RETRY_MS the pause before Meilisearch is checked again.
 */
export function searchModules(source?: EnvSource): ModuleEntry[] {
  const env = envVars(["MEILISEARCH_HOST", "MEILISEARCH_API_KEY", "MEILISEARCH_TIMEOUT_MS", "MEILISEARCH_RETRY_MS"], source)
  const postgres = { resolve: "./src/search/postgres", id: "postgres" }
  if (!env.MEILISEARCH_HOST) return [{ resolve: "@medusajs/medusa/search", options: { providers: [postgres] } }]
  const meilisearch = {
    host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY,
    ...(env.MEILISEARCH_TIMEOUT_MS ? { timeoutMs: env.MEILISEARCH_TIMEOUT_MS } : {}),
    ...(env.MEILISEARCH_RETRY_MS ? { retryAfterMs: env.MEILISEARCH_RETRY_MS } : {}),
  }
  return [{
    resolve: "@medusajs/medusa/search",
    options: {
      providers: [
        postgres,
        { resolve: "./src/search/meilisearch", id: "meilisearch", options: meilisearch },
      ],
      default_provider: "meilisearch",
    },
  }]
}
