import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "zod"
import { sendInvalid } from "../utils/errors"

/** RFC 5321's limit on an address; also what the storefront's forms allow. */
export const MAX_IDENTIFIER_LENGTH = 254
const email = z.string().email()

/** Why a reset request's `identifier` cannot be an email address, or null when it can. */
export function identifierProblem(identifier: unknown): "required" | "too_long" | "email_format" | null {
  if (typeof identifier !== "string" || identifier.trim() === "") return "required"
  if (identifier.length > MAX_IDENTIFIER_LENGTH) return "too_long"
  return email.safeParse(identifier.trim()).success ? null : "email_format"
}

/**
 * `POST /auth/:actor/emailpass/reset-password` takes `{ identifier: <email> }`. Medusa checks only
 * that it is a string and answers anything else in its own untranslated words; this answers 400
 * naming `identifier` in the caller's language (mounted for every method, so it runs before Medusa's
 * check). Whether the address has an account is never told: a well-formed unknown address gets
 * Medusa's 201 like a known one.
 */
export function checkResetRequest(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "POST") return next()
  if (String(req.params?.auth_provider ?? "").toLowerCase() !== "emailpass") return next()
  const problem = identifierProblem((req.body as Record<string, unknown> | undefined)?.identifier)
  if (problem) return sendInvalid(req, res, [{ field: "identifier", code: problem }])
  next()
}
