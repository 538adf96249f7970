import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { errorMessage } from "@canting/i18n"
import { hasErrorType, isFieldValidationError, requestLocale, sendInvalid } from "../../../utils/errors"
import { refusalCode } from "../../../utils/seller-context"

/** 404 in the project's error shape, in the caller's language (other sellers' ids are never confirmed). */
export function sendAwardNotFound(req: MedusaRequest, res: MedusaResponse, code = "award_not_found") {
  const message = errorMessage(code, requestLocale(req))
  res.status(404).json({ type: "not_found", code, message, errors: [{ field: "id", code, message }] })
}

/** Answers what the training guards raise: field errors 400, unknown award 404, a duplicate or a disallowed decision 409. */
export async function respondWithTrainingGuards(req: MedusaRequest, res: MedusaResponse, run: () => Promise<void>) {
  try {
    await run()
  } catch (err: unknown) {
    if (isFieldValidationError(err)) return sendInvalid(req, res, err.errors)
    if (hasErrorType(err, MedusaError.Types.NOT_FOUND)) return sendAwardNotFound(req, res)
    if (hasErrorType(err, MedusaError.Types.NOT_ALLOWED, MedusaError.Types.DUPLICATE_ERROR)) {
      const code = refusalCode(err)
      const message = errorMessage(code, requestLocale(req))
      return res.status(409).json({ type: "not_allowed", code, message, errors: [{ field: "id", code, message }] })
    }
    throw err
  }
}
