/**
 * Every environment variable the backend reads, validated here and nowhere else (src/env.test.ts
 * fails on a `process.env` read outside this file). medusa-config.ts checks the whole environment
 * once at start (`envOrExit`: one line naming each bad variable, then exit); code that reads a
 * value later (a request, a job) asks for the variables it needs (`envVars`), so a test can still
 * set them after the app has started.
 *
 * Two kinds of variable:
 * - settings that shape the app at start (database, ports, URLs, modes): a bad value is an error
 *   naming the variable (`CANTING_PG_PORT must be a port number (1-65535), got "abc"`);
 * - tunables read at run time (rate limits, quotas, caps, the unpaid-order delay): a value that
 *   does not fit keeps the default, as each has always been documented to do.
 * An empty value counts as unset, as the `||` fallbacks this file replaced did.
 *
 * This file is the bottom layer: it imports nothing from src (medusa-config.ts loads it).
 */
import { z } from "zod"

export type EnvSource = Readonly<Record<string, string | undefined>>

/** "" counts as unset. */
const blankIsUnset = (v: unknown) => (v === "" ? undefined : v)
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema.optional())
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.output<T>) =>
  z.preprocess(blankIsUnset, schema.optional()).transform((v) => (v === undefined ? fallback : v) as z.output<T>)

const isUrl = (v: string) => {
  if (!/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(v)) return false
  try {
    new URL(v)
    return true
  } catch {
    return false
  }
}
const text = z.string()
const url = z.string().refine(isUrl)
const port = z.string().regex(/^\d+$/).transform(Number).refine((n) => n >= 1 && n <= 65535)
const wholeNumber = z.string().regex(/^\d+$/).transform(Number).refine(Number.isSafeInteger)
const positiveWhole = wholeNumber.refine((n) => n >= 1)
const bool = z.enum(["true", "false"]).transform((v) => v === "true")

/** A run-time tunable: whatever `accept` makes of the raw value, else `fallback` (never an error). */
const tunable = <T>(fallback: T, accept: (raw: string) => T | undefined) =>
  z.string().optional().transform((raw) => (raw === undefined ? fallback : accept(raw) ?? fallback))
const positiveInteger = (fallback: number) => tunable(fallback, (raw) => {
  const n = Number(raw)
  return Number.isInteger(n) && n > 0 ? n : undefined
})
const nonNegative = (fallback: number) => tunable(fallback, (raw) => (raw && Number(raw) >= 0 ? Number(raw) : undefined))

export const DEFAULT_UNPAID_ORDER_DAYS = 3

/** The days an unpaid order is kept: a positive whole number, else the default with a message saying so. */
export function unpaidOrderDays(raw: string | undefined): { days: number; warning?: string } {
  const value = raw?.trim()
  if (!value) return { days: DEFAULT_UNPAID_ORDER_DAYS }
  const days = Number(value)
  if (/^\d+$/.test(value) && Number.isSafeInteger(days) && days >= 1) return { days }
  return {
    days: DEFAULT_UNPAID_ORDER_DAYS,
    warning: `CANTING_UNPAID_ORDER_DAYS must be a positive whole number of days, got "${raw}": using ${DEFAULT_UNPAID_ORDER_DAYS}.`,
  }
}

type Spec = { schema: z.ZodType; must?: string; secret?: boolean }
const spec = <T extends z.ZodType>(schema: T, must?: string, secret = false) => ({ schema, must, secret })

const VARIABLES = {
  // --- the process
  /** development | production | test; production refuses weak secrets (config/secrets.ts). */
  NODE_ENV: spec(withDefault(text, "development")),
  /** Port the backend listens on (Medusa reads it too); the local file URLs default to it. */
  PORT: spec(withDefault(port, 9000), "a port number (1-65535)"),
  /** shared (one process), server (HTTP only) or worker (jobs and subscribers only). */
  MEDUSA_WORKER_MODE: spec(withDefault(z.enum(["shared", "server", "worker"]), "shared"), "one of shared, server, worker"),
  DISABLE_MEDUSA_ADMIN: spec(withDefault(bool, false), "true or false"),
  /** The admin's API origin; "/" = the origin that serves it. */
  MEDUSA_ADMIN_BACKEND_URL: spec(withDefault(text, "/")),

  // --- database and Redis
  /** Unset: the embedded PostgreSQL `npm start` runs on CANTING_PG_PORT. */
  DATABASE_URL: spec(optional(url), "a URL (postgres://user:password@host:port/db)", true),
  CANTING_PG_PORT: spec(withDefault(port, 54329), "a port number (1-65535)"),
  /** Set: Redis event bus, workflow engine, locking, caching and rate-limit counters. */
  REDIS_URL: spec(optional(url), "a URL (redis://host:port)", true),

  // --- URLs and CORS
  /** Unset: http://localhost:9000 in CORS and cookies, http://localhost:$PORT for local file URLs. */
  MEDUSA_BACKEND_URL: spec(optional(url), "a URL (https://host)"),
  /** The storefront's public URL: CORS, and the links in emails (password reset), so the worker needs it too. */
  STOREFRONT_URL: spec(withDefault(url, "http://localhost:8000"), "a URL (https://host)"),
  /** Medusa's CORS lists (comma-separated origins or /regexes/); defaults derive from the two URLs above. */
  STORE_CORS: spec(optional(text)),
  ADMIN_CORS: spec(optional(text)),
  AUTH_CORS: spec(optional(text)),

  // --- signing secrets (judged by config/secrets.ts: production refuses missing, short or published ones)
  JWT_SECRET: spec(optional(text), undefined, true),
  COOKIE_SECRET: spec(optional(text), undefined, true),
  /**
   * Shared with the storefront: the backend signs its "what changed" calls to the storefront's
   * /api/revalidate with it. Unset: no calls, and the storefront caches nothing it would need told.
   */
  REVALIDATE_SECRET: spec(optional(text), undefined, true),

  // --- payments
  /** Set: Stripe next to bank transfer. */
  STRIPE_API_KEY: spec(optional(text), undefined, true),
  STRIPE_WEBHOOK_SECRET: spec(optional(text), undefined, true),
  /** Another Stripe API host (a loopback fake in tests). */
  STRIPE_API_HOST: spec(optional(url), "a URL (http://host:port)"),
  /** Overrides Medusa's 5 s delay before a received payment webhook is processed. */
  PAYMENT_WEBHOOK_DELAY_MS: spec(optional(wholeNumber), "a whole number of milliseconds (0 or more)"),

  // --- files
  /** Public uploads folder (default backend/uploads); never the `static` folder. */
  CANTING_UPLOAD_DIR: spec(withDefault(text, "uploads")),
  CANTING_PRIVATE_UPLOAD_DIR: spec(withDefault(text, "private-uploads")),
  /** Set: files go to this S3-compatible bucket instead of local folders. */
  S3_BUCKET: spec(optional(text)),
  S3_REGION: spec(optional(text)),
  S3_ENDPOINT: spec(optional(url), "a URL (https://host)"),
  S3_FILE_URL: spec(optional(url), "a URL (https://host/path)"),
  S3_ACCESS_KEY_ID: spec(optional(text), undefined, true),
  S3_SECRET_ACCESS_KEY: spec(optional(text), undefined, true),
  /** URL prefixes (comma-separated) of file hosts only the platform writes to, e.g. a CDN; others are ignored. */
  CANTING_FILE_HOST: spec(tunable<string[]>([], (raw) => raw.split(",").map((h) => h.trim()).filter((h) => /^https?:\/\/[^/]+\//i.test(h)))),

  // --- email (the Notification module's `email` channel, src/providers/email)
  /** Set: emails go out through this SMTP server (smtp[s]://user:pass@host:port); unset: written to EMAIL_OUTBOX_DIR. */
  SMTP_URL: spec(optional(url.refine((v) => /^smtps?:\/\//i.test(v))), "an SMTP URL (smtp://user:password@host:port or smtps://…)", true),
  /** The sender of every email. */
  SMTP_FROM: spec(withDefault(text, "Canting <no-reply@canting.local>")),
  /** Without SMTP_URL: the folder each email is written to as an .eml file (relative to the backend's folder); the admin's Outbox reads it. */
  EMAIL_OUTBOX_DIR: spec(withDefault(text, "../.data/outbox")),

  // --- search
  /** Set: Meilisearch is the default search provider (Postgres stays registered). */
  MEILISEARCH_HOST: spec(optional(url), "a URL (http://host:port)"),
  MEILISEARCH_API_KEY: spec(optional(text), undefined, true),
  /** ms a catalog query waits for Meilisearch before PostgreSQL answers it (unset: the provider's default). */
  MEILISEARCH_TIMEOUT_MS: spec(optional(positiveWhole), "a positive whole number of milliseconds"),
  /** ms after Meilisearch failed before it is checked again (unset: the provider's default). */
  MEILISEARCH_RETRY_MS: spec(optional(positiveWhole), "a positive whole number of milliseconds"),

  // --- run-time tunables (a value that does not fit keeps the default)
  AUTH_RATE_LIMIT_WINDOW_MS: spec(positiveInteger(15 * 60_000)),
  AUTH_RATE_LIMIT_LOGIN: spec(positiveInteger(10)),
  AUTH_RATE_LIMIT_RESET: spec(positiveInteger(5)),
  AUTH_RATE_LIMIT_IP: spec(positiveInteger(100)),
  /** Proxies whose X-Forwarded-For is believed (names or CIDRs, comma-separated); unset: api/auth/client-ip.ts's default. */
  AUTH_TRUSTED_PROXIES: spec(z.string().optional()),
  CANTING_UNAPPROVED_LISTING_CAP: spec(positiveInteger(20)),
  CANTING_UPLOAD_QUOTA_FILES: spec(nonNegative(2000)),
  CANTING_UPLOAD_QUOTA_MB: spec(nonNegative(2048)),
  CANTING_UPLOAD_QUOTA_DRAFT_FILES: spec(nonNegative(30)),
  CANTING_UPLOAD_QUOTA_DRAFT_MB: spec(nonNegative(30)),
  /** Days before an unpaid bank-transfer order is cancelled; anything else keeps 3, with a warning. */
  CANTING_UNPAID_ORDER_DAYS: spec(z.string().optional().transform(unpaidOrderDays)),
  /** 1: POST /admin/test/clock may shift "today" (end-to-end tests only). */
  CANTING_TEST_CLOCK: spec(z.string().optional().transform((v) => v === "1")),

  // --- scripts/bench-catalog.ts
  BENCH_PRODUCTS: spec(withDefault(positiveWhole, 10_000), "a positive whole number"),
  BENCH_SELLERS: spec(withDefault(positiveWhole, 500), "a positive whole number"),
  BENCH_BATCH: spec(withDefault(positiveWhole, 250), "a positive whole number"),
  BENCH_QUIET: spec(optional(text).transform((v) => v !== undefined)),
} satisfies Record<string, Spec>

export type EnvName = keyof typeof VARIABLES
export type Env = { [K in EnvName]: z.output<(typeof VARIABLES)[K]["schema"]> }
export const ENV_NAMES = Object.keys(VARIABLES) as EnvName[]

/** One or more variables with values the backend cannot use; the message is one line naming each. */
export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid environment: ${problems.join("; ")}.`)
    this.name = "EnvError"
  }
}

function problem(name: EnvName, raw: string | undefined): string {
  const { must, secret } = VARIABLES[name] as Spec
  return `${name} must be ${must ?? "a valid value"}${secret ? "" : `, got "${raw}"`}`
}

/** The given variables from `source` (the process environment by default), typed and with their defaults. */
export function envVars<K extends EnvName>(names: readonly K[], source: EnvSource = process.env): Pick<Env, K> {
  const out = {} as Pick<Env, K>
  const problems: string[] = []
  for (const name of names) {
    const result = (VARIABLES[name] as Spec).schema.safeParse(source[name])
    if (result.success) out[name] = result.data as Env[K]
    else problems.push(problem(name, source[name]))
  }
  if (problems.length) throw new EnvError(problems)
  return out
}

/** One variable, typed and with its default. */
export const envVar = <K extends EnvName>(name: K, source: EnvSource = process.env): Env[K] => envVars([name], source)[name]

/** The whole environment, typed and with defaults; an EnvError names every bad variable. */
export const readEnv = (source: EnvSource = process.env): Env => envVars(ENV_NAMES, source) as Env

/** readEnv for medusa-config: prints the one line and exits when a variable cannot be used. */
export function envOrExit(source: EnvSource = process.env): Env {
  try {
    return readEnv(source)
  } catch (err) {
    if (!(err instanceof EnvError)) throw err
    console.error(err.message)
    process.exit(1)
  }
}
