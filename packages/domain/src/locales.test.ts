import { describe, expect, it } from "vitest";
import { regionFor } from "./locales";

describe("regionFor", () => {
  it("defaults from the locale: Indonesian shoppers in IDR, English in USD", () => {
    expect(regionFor("id")).toBe("indonesia");
    expect(regionFor("en", null)).toBe("international");
  });
  it("lets the shopper's choice win over the language", () => {
    expect(regionFor("en", "indonesia")).toBe("indonesia");
    expect(regionFor("id", "international")).toBe("international");
  });
  it("ignores a tampered cookie", () => {
    expect(regionFor("id", "mars")).toBe("indonesia");
  });
});
