import { describe, expect, it } from "vitest"
import { identifierProblem, MAX_IDENTIFIER_LENGTH } from "./reset-request"

describe("identifierProblem", () => {
  it("accepts an email address, surrounding spaces included", () => {
    expect(identifierProblem("siti@batik.test")).toBeNull()
    expect(identifierProblem("  siti@batik.test ")).toBeNull()
  })

  it("names a missing, non-text, over-long or malformed identifier", () => {
    for (const missing of [undefined, null, "", "   ", 42, ["a@b.test"], { email: "a@b.test" }]) expect(identifierProblem(missing)).toBe("required")
    expect(identifierProblem(`${"a".repeat(MAX_IDENTIFIER_LENGTH)}@b.test`)).toBe("too_long")
    for (const bad of ["siti", "siti@", "@batik.test", "siti batik@batik.test"]) expect(identifierProblem(bad), bad).toBe("email_format")
  })
})
