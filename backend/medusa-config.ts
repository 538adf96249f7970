import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { fileModule, infrastructureModules, notificationModule, paymentModule, requestRedisOptions, searchModules, translationModule } from "./src/config/infrastructure"
import { secretsOrExit } from "./src/config/secrets"
import { DATABASE_CONNECT_TIMEOUT_MS } from "./src/lib/outage"
import { envOrExit, envVar } from "./src/env"

loadEnv(envVar("NODE_ENV"), process.cwd())

// Every variable is read and validated by src/env.ts: a bad value stops the start with one line
// naming it. Defaults match what `npm start` sets up on a fresh machine: embedded PostgreSQL on
// port 54329 (see scripts/lib/postgres.mjs). Every value can be overridden by env.
const env = envOrExit()
const DEFAULT_DATABASE_URL = `postgres://postgres:canting@localhost:${env.CANTING_PG_PORT}/canting`
const STOREFRONT_URL = env.STOREFRONT_URL
const BACKEND_URL = env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
const workerMode = env.MEDUSA_WORKER_MODE
// No secret lives in the repository: production refuses a missing or weak one (src/config/secrets.ts).
const { jwtSecret, cookieSecret } = secretsOrExit()

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    // While PostgreSQL is down or restarting, requests get a 503 within seconds (src/lib/outage.ts):
    // opening a connection gives up after DATABASE_CONNECT_TIMEOUT_MS, waiting for one after DATABASE_WAIT_MS. A
    // session left "idle in transaction" by a connection lost mid-request is ended by the server
    // after a minute, so the rows it locked do not block everyone once the database is reachable.
    databaseDriverOptions: {
      connection: { ssl: false },
      connectionTimeoutMillis: DATABASE_CONNECT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: 60_000,
    },
    redisUrl: env.REDIS_URL,
    // The session store's Redis connection (cookie sessions): fail fast while Redis is away, like
    // every other connection a request waits on (src/config/infrastructure.ts).
    ...(env.REDIS_URL ? { redisOptions: requestRedisOptions() } : {}),
    workerMode,
    // Session cookies are SameSite=Lax always (never sent on cross-site posts) and Secure over
    // https; over plain http (localhost, demo) a Secure cookie would be dropped and nobody could log in.
    cookieOptions: { secure: BACKEND_URL.startsWith("https://"), sameSite: "lax", httpOnly: true },
    http: {
      storeCors: env.STORE_CORS ?? STOREFRONT_URL,
      adminCors: env.ADMIN_CORS ?? `${BACKEND_URL},http://localhost:5173`,
      authCors: env.AUTH_CORS ?? `${BACKEND_URL},${STOREFRONT_URL},http://localhost:5173`,
      jwtSecret,
      cookieSecret,
      // gzip responses when the client accepts it: the demo product photos are ~100 KB SVGs
      // (~4x smaller gzipped), the product page's largest paint; store JSON shrinks too.
      compression: { enabled: true },
    },
  },
  admin: {
    // Workers serve no HTTP; the admin bundle is only built/served by server processes.
    disable: env.DISABLE_MEDUSA_ADMIN || workerMode === "worker",
    // "/" = same origin: the admin works on whatever host and port serves it.
    backendUrl: env.MEDUSA_ADMIN_BACKEND_URL,
  },
  featureFlags: { translation: true, caching: true },
  modules: [
    { resolve: "./src/modules/seller" },
    { resolve: "./src/modules/certification" },
    { resolve: "./src/modules/training" },
    translationModule(),
    paymentModule(),
    fileModule(),
    notificationModule(),
    ...infrastructureModules(env.REDIS_URL),
    ...searchModules(),
  ],
})
