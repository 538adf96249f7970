import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMMON_PASSWORDS } from "../../lib/common-passwords"
import { sendInvalid } from "../utils/errors"

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@canting/domain"

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH }

export type PasswordProblem = "required" | "password_too_short" | "password_too_long" | "password_too_common"

/**
 * The one password rule for every actor (customer, seller, operator): 10 to 256 characters, not one
 * of the commonest passwords and not a single character repeated. Returns the reason it fails, or null.
 */
export function checkPassword(password: unknown): PasswordProblem | null {
  if (typeof password !== "string" || password.length === 0) return "required"
  const length = [...password].length
  if (length < PASSWORD_MIN_LENGTH) return "password_too_short"
  if (length > PASSWORD_MAX_LENGTH) return "password_too_long"
  const lower = password.toLowerCase()
  if (COMMON_PASSWORDS.has(lower) || new Set(lower).size === 1) return "password_too_common"
  return null
}

/**
 * Refuses a weak password with a 400 naming `password`, before Medusa stores it. Mounted on
 * `/auth/:actor_type/:auth_provider/register` and `/update`, the only HTTP routes that set one.
 * Providers without passwords (OAuth) pass through unless they are sent one.
 */
export function enforcePasswordPolicy(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "POST") return next()
  const password = (req.body as Record<string, unknown> | undefined)?.password
  const emailpass = String(req.params?.auth_provider ?? "").toLowerCase() === "emailpass"
  if (password === undefined && !emailpass) return next()
  const problem = checkPassword(password)
  if (problem) return sendInvalid(req, res, [{ field: "password", code: problem }])
  next()
}
