import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorMessage } from "@canting/i18n"
import { fillMessage, isFieldValidationError, isRuleError, type FieldError, type RuleError } from "../../lib/errors"

export {
  FieldValidationError, RuleError, hasErrorType, isFieldValidationError, isOnboardingIncompleteError, isRefusalError, isRuleError, type FieldError,
} from "../../lib/errors"

/** The caller's language for messages: ?locale, x-medusa-locale, then Accept-Language; Indonesian by default. */
export function requestLocale(req: MedusaRequest): string {
  const q = typeof req.query?.locale === "string" ? req.query.locale : undefined
  const header = req.get?.("x-medusa-locale") ?? undefined
  const accept = req.get?.("accept-language")?.split(",")[0]?.trim()
  return q || header || accept || "id-ID"
}

/** Answers 400 with every field at fault, each with a stable code and a message in the caller's language. */
export function sendInvalid(req: MedusaRequest, res: MedusaResponse, errors: FieldError[], extra: Record<string, unknown> = {}) {
  const locale = requestLocale(req)
  const detailed = errors.map((e) => ({ ...e, message: errorMessage(e.code, locale) }))
  const message = detailed.map((e) => `${e.field}: ${e.message}`).join(" ")
  res.status(400).json({ type: "invalid_data", message, errors: detailed, ...extra })
}

/** Answers a broken rule (see RuleError): its status, code and each field's message in the caller's language. */
export function sendRule(req: MedusaRequest, res: MedusaResponse, err: RuleError) {
  const locale = requestLocale(req)
  const errors = err.errors.map(({ params, ...e }) => ({ ...e, message: fillMessage(errorMessage(e.code, locale), params) }))
  const type = err.status === 409 ? "not_allowed" : err.status === 404 ? "not_found" : err.status === 429 ? "too_many_requests" : "invalid_data"
  // One sentence per distinct message; a message shared by several fields names them once.
  const byText = new Map<string, string[]>()
  for (const e of errors) byText.set(e.message, [...(byText.get(e.message) ?? []), e.field])
  const message = [...byText].map(([text, fields]) => (fields.length > 1 ? `${fields.join(", ")}: ${text}` : text)).join(" ")
  res.status(err.status).json({ type, code: err.code, message, errors, ...err.extra })
}

/** Our typed errors answered in the caller's language, anything else by Medusa's own handler. */
export function answersTypedError(err: unknown, req: MedusaRequest, res: MedusaResponse): boolean {
  if (isFieldValidationError(err)) {
    sendInvalid(req, res, err.errors)
    return true
  }
  if (isRuleError(err)) {
    sendRule(req, res, err)
    return true
  }
  return false
}
