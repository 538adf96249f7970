import { MedusaError } from "@medusajs/framework/utils"

/**
 * Errors our workflows and guards raise, answered by the API's error handler in the caller's
 * language. They are recognised by `kind`, a plain own property, because a workflow engine may
 * hand an error back serialised (the class is lost, the properties stay): never by `instanceof`,
 * `name`, or a code parsed out of the message. This file is below the HTTP layer: workflows,
 * modules, jobs and scripts import it; src/api answers what it defines (api/utils/errors.ts).
 */

export type FieldError = { field: string; code: string }

/** Bad input that only the server can detect (e.g. a taken handle): 400 naming each field. */
export class FieldValidationError extends Error {
  readonly kind = "field_validation"
  constructor(public readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.code}`).join(", "))
    this.name = "FieldValidationError"
  }
}

/**
 * A rule the request breaks in the current state (a suspended workshop's piece, a sold-out item,
 * a missing shipping method): answered with `status`, a stable `code`, the field at fault and a
 * message translated from the code, with `params` filled into it ({{piece}}, {{seller}}).
 */
export class RuleError extends Error {
  readonly kind = "rule"
  constructor(
    public readonly status: 400 | 403 | 404 | 409 | 413 | 429,
    public readonly code: string,
    public readonly errors: (FieldError & { params?: Record<string, string | number>; [key: string]: unknown })[],
    public readonly extra: Record<string, unknown> = {}
  ) {
    super(errors.map((e) => `${e.field}: ${e.code}`).join(", "))
    this.name = "RuleError"
  }
}

/**
 * Stable codes of the refusals our workflow guards raise as a MedusaError (NOT_ALLOWED, or
 * DUPLICATE_ERROR for a second live award): the routes that run those workflows answer each with
 * HTTP 409 and the code (see api/utils/seller-context.ts, api/sellers/me/trainings/respond.ts).
 */
export const REFUSAL_CODES = [
  "transition_not_allowed", "status_locked", "publish_requires_approval",
  "last_variant", "variant_reserved",
  "award_transition_not_allowed", "award_duplicate", "certificate_transition_not_allowed",
  "order_canceled", "already_fulfilled", "payment_not_captured", "unpaid_order_not_cancellable",
] as const
export type RefusalCode = (typeof REFUSAL_CODES)[number]

/**
 * A MedusaError with a typed `code`. The message keeps its historical form `<code>: <detail>`
 * (logs and untranslated answers show it), but callers read `code`, never the message.
 */
export class RefusalError extends MedusaError {
  readonly kind = "refusal"
  declare code: RefusalCode
  constructor(code: RefusalCode, detail: string, type: string = MedusaError.Types.NOT_ALLOWED) {
    super(type, `${code}: ${detail}`, code)
    this.name = "RefusalError"
  }
}

/** A seller submitted for review with gaps: every missing field and document (answered 400, one error per gap). */
export class OnboardingIncompleteError extends Error {
  readonly kind = "onboarding_incomplete"
  constructor(public readonly missing: string[]) {
    super(`incomplete: ${missing.join(", ")}`)
    this.name = "OnboardingIncompleteError"
  }
}

/** The own properties of a thrown value, or null when it is not an object (errors cross the workflow engine serialised). */
const fieldsOf = (err: unknown): Record<string, unknown> | null => (err && typeof err === "object" ? (err as Record<string, unknown>) : null)

export const isFieldValidationError = (err: unknown): err is FieldValidationError => {
  const e = fieldsOf(err)
  return !!e && e.kind === "field_validation" && Array.isArray(e.errors)
}

export const isRuleError = (err: unknown): err is RuleError => {
  const e = fieldsOf(err)
  return !!e && e.kind === "rule" && typeof e.status === "number" && Array.isArray(e.errors)
}

/** A RefusalError (or its serialised copy), optionally only one of `codes`. */
export const isRefusalError = (err: unknown, codes?: readonly RefusalCode[]): err is RefusalError => {
  const e = fieldsOf(err)
  return !!e && e.kind === "refusal" && typeof e.code === "string" && (!codes || codes.includes(e.code as RefusalCode))
}

export const isOnboardingIncompleteError = (err: unknown): err is OnboardingIncompleteError => {
  const e = fieldsOf(err)
  return !!e && e.kind === "onboarding_incomplete" && Array.isArray(e.missing)
}

/** A MedusaError of one of `types` (or its serialised copy), recognised by its `type` like the engine's own handler does. */
export const hasErrorType = (err: unknown, ...types: string[]): err is { type: string; message?: string } => {
  const e = fieldsOf(err)
  return !!e && typeof e.type === "string" && types.includes(e.type)
}

/** What a thrown value says, for a log line: its message, else the value itself. */
export const errorText = (err: unknown): string => String(fieldsOf(err)?.message ?? err)

/** Fills {{name}} placeholders of a translated message. */
export function fillMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}
