import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorMessage } from "@canting/i18n"

export type FieldError = { field: string; code: string }

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

/** Thrown by workflows and handlers for bad input that only the server can detect (e.g. a taken handle). */
export class FieldValidationError extends Error {
  constructor(public readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.code}`).join(", "))
    this.name = "FieldValidationError"
  }
}
