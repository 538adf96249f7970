/**
 * Errors our workflows and guards raise, answered by the API's error handler in the caller's
 * language. They are recognised by `kind`, a plain own property, because a workflow engine may
 * hand an error back serialised (the class is lost, the properties stay).
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

export const isFieldValidationError = (err: unknown): err is FieldValidationError =>
  !!err && typeof err === "object" && (err as any).kind === "field_validation" && Array.isArray((err as any).errors)

export const isRuleError = (err: unknown): err is RuleError =>
  !!err && typeof err === "object" && (err as any).kind === "rule" && typeof (err as any).status === "number" && Array.isArray((err as any).errors)

/** Fills {{name}} placeholders of a translated message. */
export function fillMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}
