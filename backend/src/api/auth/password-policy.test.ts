import { describe, expect, it } from "vitest"
import { checkPassword, PASSWORD_MAX_LENGTH } from "./password-policy"

describe("checkPassword", () => {
  it("accepts a password of 10 characters or more that is not a common one", () => {
    expect(checkPassword("rahasia-123")).toBeNull()
    expect(checkPassword("kain sogan dari pekalongan")).toBeNull()
    expect(checkPassword("ÄÖÜßéèñçøå")).toBeNull()
  })

  it("refuses a missing or shorter password as too short", () => {
    expect(checkPassword(undefined)).toBe("required")
    expect(checkPassword("")).toBe("required")
    expect(checkPassword(123456789012)).toBe("required")
    expect(checkPassword("abc-12345")).toBe("password_too_short")
    // characters, not UTF-16 units: five emoji are five characters
    expect(checkPassword("🙂🙂🙂🙂🙂")).toBe("password_too_short")
  })

  it("refuses an overly long password", () => {
    expect(checkPassword("x1".repeat(PASSWORD_MAX_LENGTH / 2))).toBeNull()
    expect(checkPassword("x1".repeat(PASSWORD_MAX_LENGTH / 2) + "y")).toBe("password_too_long")
  })

  it("refuses the commonest passwords whatever their case, and one repeated character", () => {
    for (const p of ["password1234", "Password123", "QWERTYUIOP", "1234567890", "iloveyou123", "Bismillah123", "batik12345", "zzzzzzzzzzzz"]) {
      expect(checkPassword(p), p).toBe("password_too_common")
    }
  })
})
