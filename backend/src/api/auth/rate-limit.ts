import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ipKeyGenerator, rateLimit, type Options, type Store } from "express-rate-limit"
import { RedisStore, type RedisReply } from "rate-limit-redis"
import { Redis } from "ioredis"
import { errorMessage } from "@canting/i18n"
import { requestLocale } from "../utils/errors"
import { clientIp, DEFAULT_TRUSTED_PROXIES, trustedProxies } from "./client-ip"
import { envVars, type EnvSource } from "../../env"

export const RATE_LIMIT_PREFIX = "canting:rl:"

/**
 * Limits read from the environment (on the first /auth request, so a test can set them first):
 * AUTH_RATE_LIMIT_WINDOW_MS (15 min), AUTH_RATE_LIMIT_LOGIN (10 failed logins per IP and email),
 * AUTH_RATE_LIMIT_RESET (5 reset requests per IP and identifier), AUTH_RATE_LIMIT_IP (100 per IP:
 * failed /auth requests, and separately every register or reset request), AUTH_TRUSTED_PROXIES.
 */
export function rateLimitSettings(source?: EnvSource) {
  const env = envVars([
    "AUTH_RATE_LIMIT_WINDOW_MS", "AUTH_RATE_LIMIT_LOGIN", "AUTH_RATE_LIMIT_RESET", "AUTH_RATE_LIMIT_IP", "AUTH_TRUSTED_PROXIES", "REDIS_URL",
  ], source)
  return {
    windowMs: env.AUTH_RATE_LIMIT_WINDOW_MS,
    login: env.AUTH_RATE_LIMIT_LOGIN,
    reset: env.AUTH_RATE_LIMIT_RESET,
    perIp: env.AUTH_RATE_LIMIT_IP,
    trusted: trustedProxies(env.AUTH_TRUSTED_PROXIES ?? DEFAULT_TRUSTED_PROXIES),
    redisUrl: env.REDIS_URL,
  }
}
type Settings = ReturnType<typeof rateLimitSettings>

let redis: Redis | undefined
/** One Redis connection for every limiter of the process; commands fail fast while Redis is away. */
function redisClient(url: string): Redis {
  redis ??= new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000 })
  return redis
}

/** Closes the limiters' Redis connection (tests; a server process simply exits). */
export async function closeRateLimitRedis() {
  await redis?.quit()
  redis = undefined
}

/** Counts in Redis when REDIS_URL is set (shared by every server process), in this process otherwise. */
export function rateLimitStore(name: string, redisUrl: string | undefined): Store | undefined {
  if (!redisUrl) return undefined
  const client = redisClient(redisUrl)
  return new RedisStore({
    prefix: `${RATE_LIMIT_PREFIX}${name}:`,
    sendCommand: (command: string, ...args: string[]) => client.call(command, ...args) as Promise<RedisReply>,
  })
}

/** 429 with Retry-After (set by the library) and a message in the caller's language. */
export function sendRateLimited(req: MedusaRequest, res: MedusaResponse) {
  res.status(429).json({ type: "too_many_requests", code: "rate_limited", message: errorMessage("rate_limited", requestLocale(req)) })
}

const bodyField = (req: MedusaRequest, name: string) => {
  const v = (req.body as Record<string, unknown> | undefined)?.[name]
  return typeof v === "string" ? v.trim().toLowerCase() : ""
}

type Limit = { name: string; limit: (s: Settings) => number; key: (req: MedusaRequest, ip: string) => string; options?: Partial<Options> }

/**
 * A limiter built on the first request it sees (so env set by a test before that request counts)
 * and kept for the life of the process.
 */
function limiter({ name, limit, key, options }: Limit) {
  let handler: ReturnType<typeof rateLimit> | undefined
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (!handler) {
      const s = rateLimitSettings()
      handler = rateLimit({
        windowMs: s.windowMs,
        limit: limit(s),
        standardHeaders: "draft-7",
        legacyHeaders: false,
        keyGenerator: (r) => key(r as MedusaRequest, ipKeyGenerator(clientIp(r, s.trusted))),
        handler: (r, w) => sendRateLimited(r as MedusaRequest, w as MedusaResponse),
        store: rateLimitStore(name, s.redisUrl),
        // Redis away: let people log in rather than lock everyone out; the library logs the error.
        passOnStoreError: true,
        validate: { creationStack: false },
        ...options,
      })
    }
    return handler(req, res, next)
  }
}

/** Failed logins per IP and email (10 per window): guessing one account's password. Successes do not count. */
export const limitLoginAttempts = limiter({
  name: "login", limit: (s) => s.login, key: (req, ip) => `${ip}|${bodyField(req, "email")}`,
  options: { skipSuccessfulRequests: true },
})

/**
 * Wrong current passwords per IP and account on the "change password" routes (the login limit):
 * a stolen session must not become a way to guess the password. Successes do not count.
 */
export const limitPasswordChanges = limiter({
  name: "password-change", limit: (s) => s.login,
  key: (req, ip) => `${ip}|${(req as MedusaRequest & { auth_context?: { auth_identity_id?: string } }).auth_context?.auth_identity_id ?? ""}`,
  options: { skipSuccessfulRequests: true },
})

/** Reset-password requests per IP and identifier (5 per window): each one may send an email. */
export const limitResetRequests = limiter({ name: "reset", limit: (s) => s.reset, key: (req, ip) => `${ip}|${bodyField(req, "identifier")}` })

/**
 * Failed /auth requests per IP (100 per window): one password tried against many emails, or tokens
 * guessed. Successful logins and refreshes do not count, so a shared office or mobile network
 * (and the storefront server, until it forwards its shoppers' addresses) is not locked out.
 */
export const limitFailedAuthPerIp = limiter({
  name: "ip", limit: (s) => s.perIp, key: (_req, ip) => ip,
  options: { skipSuccessfulRequests: true, skip: (req) => req.method === "OPTIONS" },
})

/** Every register and reset-password request per IP (100 per window): mass sign-ups and mail floods. */
export const limitSignupsPerIp = limiter({ name: "signup", limit: (s) => s.perIp, key: (_req, ip) => ip })
