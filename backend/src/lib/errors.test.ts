import { describe, expect, it } from "vitest"
import { MedusaError } from "@medusajs/framework/utils"
import {
  FieldValidationError, OnboardingIncompleteError, RefusalError, isFieldValidationError, isOnboardingIncompleteError, isRefusalError,
} from "./errors"

/** What the workflow engine hands back when a step throws: the own properties, not the class (Medusa's serializeError). */
const serialised = (err: Error) => {
  const out: Record<string, unknown> = { message: err.message, name: err.name, stack: err.stack }
  for (const key of Object.getOwnPropertyNames(err)) if (!(key in out)) out[key] = (err as unknown as Record<string, unknown>)[key]
  return out
}

describe("typed errors", () => {
  it("a refusal is a MedusaError with a typed code; the message keeps its `code: detail` form", () => {
    const err = new RefusalError("status_locked", "a rejected seller cannot be edited")
    expect(err).toBeInstanceOf(MedusaError)
    expect(err.type).toBe(MedusaError.Types.NOT_ALLOWED)
    expect(err.code).toBe("status_locked")
    expect(err.message).toBe("status_locked: a rejected seller cannot be edited")
    expect(new RefusalError("award_duplicate", "x", MedusaError.Types.DUPLICATE_ERROR).type).toBe(MedusaError.Types.DUPLICATE_ERROR)
  })

  it("each is recognised by its kind, also after the workflow engine serialised it", () => {
    const refusal = new RefusalError("last_variant", "a listing keeps at least one variant")
    for (const err of [refusal, serialised(refusal)]) {
      expect(isRefusalError(err)).toBe(true)
      expect(isRefusalError(err, ["last_variant", "variant_reserved"])).toBe(true)
      expect(isRefusalError(err, ["already_fulfilled"])).toBe(false)
    }
    const gaps = new OnboardingIncompleteError(["nib", "ktp"])
    expect(isOnboardingIncompleteError(serialised(gaps))).toBe(true)
    expect(serialised(gaps).missing).toEqual(["nib", "ktp"])
    expect(isFieldValidationError(serialised(new FieldValidationError([{ field: "handle", code: "handle_taken" }])))).toBe(true)
  })

  it("a message that merely looks like a code is not a refusal", () => {
    expect(isRefusalError(new MedusaError(MedusaError.Types.NOT_ALLOWED, "status_locked: a rejected seller cannot be edited"))).toBe(false)
    expect(isRefusalError({ name: "RefusalError", message: "last_variant: x" })).toBe(false)
    expect(isOnboardingIncompleteError({ name: "OnboardingIncompleteError", missing: ["nib"] })).toBe(false)
  })
})
