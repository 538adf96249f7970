import { container } from "@medusajs/framework"
import type { MedusaError } from "@medusajs/framework/utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { errorMessage } from "@canting/i18n"
import { errorText } from "../lib/errors"
import { boundConnectionWait, isOutageError, OUTAGE_RETRY_AFTER_SECONDS } from "../lib/outage"
import { answersTypedError, requestLocale } from "./utils/errors"

const medusaErrorHandler = errorHandler()

/**
 * From now on no request waits long for a database connection, so an outage is answered by
 * `answerOutage` within seconds instead of after knex's minute (see lib/outage.ts). Called when the
 * API is loaded, which Medusa does after it opened the shared connection. False when there is none.
 */
export function boundDatabaseWaits(scope: MedusaContainer = container): boolean {
  return boundConnectionWait(scope.resolve(ContainerRegistrationKeys.PG_CONNECTION, { allowUnregistered: true }))
}

// Every request during an outage fails the same way: one log line per interval says how many did.
const OUTAGE_LOG_INTERVAL_MS = 10_000
let lastOutageLog = 0
let unloggedOutages = 0

function logOutage(err: unknown, req: MedusaRequest) {
  const now = Date.now()
  if (now - lastOutageLog < OUTAGE_LOG_INTERVAL_MS) {
    unloggedOutages++
    return
  }
  const more = unloggedOutages ? ` (${unloggedOutages} more since the last report)` : ""
  lastOutageLog = now
  unloggedOutages = 0
  const logger = req.scope?.resolve<Logger>(ContainerRegistrationKeys.LOGGER, { allowUnregistered: true })
  ;(logger ?? console).warn(`503 at ${req.method} ${req.path}: a backing service is unreachable (${errorText(err)})${more}`)
}

/**
 * A backing service (PostgreSQL, Redis) that is down is the client's cue to retry, not a bug: 503
 * with Retry-After and a message in the caller's language, instead of Medusa's "unknown error" 500.
 */
function answerOutage(err: unknown, req: MedusaRequest, res: MedusaResponse) {
  logOutage(err, req)
  res.setHeader("Retry-After", String(OUTAGE_RETRY_AFTER_SECONDS))
  res.status(503).json({ type: "unavailable", code: "service_unavailable", message: errorMessage("service_unavailable", requestLocale(req)) })
}

/**
 * Errors raised inside workflows (ours and Medusa's, through our hooks) reach the client in its
 * language with the field at fault and a stable code; an outage is a translated 503; everything
 * else is Medusa's own answer.
 */
export function cantingErrorHandler(err: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!res.headersSent && isOutageError(err)) return answerOutage(err, req, res)
  if (!res.headersSent && answersTypedError(err, req, res)) return
  // Medusa's handler answers any thrown value (it reads `type` and `message` if present), though its type names MedusaError.
  return medusaErrorHandler(err as MedusaError, req, res, next)
}
