import { describe, expect, it } from "vitest"
import { findHostileStrings, hasLoneSurrogate, MAX_ID_LENGTH } from "./hostile-input"

describe("hostile strings", () => {
  it("names NUL bytes, lone surrogates and over-long ids by their path, and lets ordinary text through", () => {
    expect(findHostileStrings({ items: [{ variant_id: "variant_\u0000" }] })).toEqual([{ field: "items.0.variant_id", code: "text_invalid_characters" }])
    expect(findHostileStrings({ email: "a\ud800@b.test" })).toEqual([{ field: "email", code: "text_invalid_characters" }])
    expect(findHostileStrings({ cart_id: "c".repeat(MAX_ID_LENGTH + 1) })).toEqual([{ field: "cart_id", code: "text_too_long", params: { max: MAX_ID_LENGTH } }])
    expect(findHostileStrings({ story: { id: "Batik tulis 🌊 dari Pekalongan — sejak 1950", en: "x".repeat(5000) }, q: "kawung" })).toEqual([])
  })

  it("checks keys too", () => {
    expect(findHostileStrings({ metadata: { "a\u0000": 1 } })).toEqual([{ field: "metadata", code: "text_invalid_characters" }])
  })

  it("tells a surrogate pair from a lone half", () => {
    expect(hasLoneSurrogate("🌊")).toBe(false)
    expect(hasLoneSurrogate("🌊".slice(0, 1))).toBe(true)
    expect(hasLoneSurrogate("x\udc00")).toBe(true)
  })
})
