import { describe, expect, it } from "vitest"
import { accountLocale, passwordResetEmailData, passwordResetLink } from "./password-reset"

describe("password reset link", () => {
  it("points at the storefront's reset page in the account's language, with the token and actor encoded", () => {
    const link = new URL(passwordResetLink("http://localhost:8000", "en", "seller", "a.b+c/="))
    expect(`${link.origin}${link.pathname}`).toBe("http://localhost:8000/en/reset-password")
    expect(link.searchParams.get("token")).toBe("a.b+c/=")
    expect(link.searchParams.get("actor")).toBe("seller")
  })

  it("keeps a storefront served under a path, with or without a trailing slash", () => {
    expect(passwordResetLink("https://canting.example/shop/", "id", "customer", "t")).toBe("https://canting.example/shop/id/reset-password?token=t&actor=customer")
  })

  it("states how long the link works", () => {
    expect(passwordResetEmailData("http://localhost:8000", "id", "customer", "t")).toMatchObject({ locale: "id", actor: "customer", expires_in_minutes: 15 })
  })
})

describe("account locale", () => {
  it("takes a stored language we speak, else Indonesian", () => {
    expect(accountLocale({ locale: "en" })).toBe("en")
    expect(accountLocale({ locale: "fr" })).toBe("id")
    expect(accountLocale({ locale: ["en"] })).toBe("id")
    expect(accountLocale(null)).toBe("id")
  })
})
