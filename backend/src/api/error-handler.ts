import type { MedusaError } from "@medusajs/framework/utils"
import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { answersTypedError } from "./utils/errors"

const medusaErrorHandler = errorHandler()

/**
 * Errors raised inside workflows (ours and Medusa's, through our hooks) reach the client in its
 * language with the field at fault and a stable code; everything else is Medusa's own answer.
 */
export function cantingErrorHandler(err: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!res.headersSent && answersTypedError(err, req, res)) return
  // Medusa's handler answers any thrown value (it reads `type` and `message` if present), though its type names MedusaError.
  return medusaErrorHandler(err as MedusaError, req, res, next)
}
