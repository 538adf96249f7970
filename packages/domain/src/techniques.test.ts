import { describe, expect, it } from "vitest";
import { BATIK_TECHNIQUES, IMITATION_TECHNIQUES, TECHNIQUES, isImitation } from "./techniques";
import { LOCALES, DEFAULT_LOCALE, isLocale } from "./locales";

describe("techniques", () => {
  it("splits every technique into batik or imitation, never both", () => {
    for (const t of TECHNIQUES) {
      const batik = (BATIK_TECHNIQUES as readonly string[]).includes(t);
      expect(batik).toBe(!isImitation(t));
    }
    expect(BATIK_TECHNIQUES.length + IMITATION_TECHNIQUES.length).toBe(TECHNIQUES.length);
  });
  it("labels printing as imitation", () => {
    expect(isImitation("tiruan_batik_printing")).toBe(true);
    expect(isImitation("batik_tulis")).toBe(false);
  });
});

describe("locales", () => {
  it("defaults to Indonesian and rejects unknown locales", () => {
    expect(LOCALES[0]).toBe(DEFAULT_LOCALE);
    expect(isLocale("en")).toBe(true);
    expect(isLocale("fr")).toBe(false);
  });
});
