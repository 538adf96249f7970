import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "zod"
import { sendInvalid, type FieldError } from "./errors"

/** Our schemas put an error *code* in each message; zod's own issues map to generic codes. */
function codeOf(issue: z.core.$ZodIssue): string {
  if (/^[a-z_]+$/.test(issue.message)) return issue.message
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "required" : "invalid"
    case "too_big":
      return issue.origin === "string" ? "too_long" : "out_of_range"
    case "too_small":
      return issue.origin === "string" ? "too_short" : "out_of_range"
    case "invalid_value":
      return "unknown_code"
    case "unrecognized_keys":
      return "invalid"
    default:
      return "invalid"
  }
}

export function zodFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") return issue.keys.map((k) => ({ field: [...issue.path, k].join("."), code: "invalid" }))
    return [{ field: issue.path.join(".") || "body", code: codeOf(issue) }]
  })
}

/**
 * Validates the JSON body against a zod schema at the edge. On failure: 400 naming every
 * field with a code and a translated message; nothing reaches the workflow.
 */
export function validateBody(schema: z.ZodType) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.body ?? {})
    if (!parsed.success) return sendInvalid(req, res, zodFieldErrors(parsed.error))
    req.validatedBody = parsed.data
    next()
  }
}

/**
 * Validates the query string like validateBody: a 400 naming each field in the caller's language,
 * never Medusa's untranslated one. Keys the schema does not name (e.g. `locale`) are dropped.
 */
export function validateQuery(schema: z.ZodType) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.query ?? {})
    if (!parsed.success) return sendInvalid(req, res, zodFieldErrors(parsed.error))
    req.validatedQuery = parsed.data as Record<string, unknown>
    next()
  }
}
