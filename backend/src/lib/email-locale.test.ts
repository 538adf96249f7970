import { describe, expect, it } from "vitest"
import { orderEmailLocale } from "./email-locale"

describe("orderEmailLocale", () => {
  it("prefers the order's own language, then the account's, else leaves it to the provider's Indonesian", () => {
    expect(orderEmailLocale({ locale: "en-US", customer: { metadata: { locale: "id" } } })).toBe("en-US")
    expect(orderEmailLocale({ locale: null, customer: { metadata: { locale: "en" } } })).toBe("en")
    expect(orderEmailLocale({ locale: null, customer: { metadata: { locale: "fr" } } })).toBeNull()
    expect(orderEmailLocale({ customer: null })).toBeNull()
  })
})
