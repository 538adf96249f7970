import { describe, expect, it } from "vitest";
import { addressFormFor, ID_POSTCODE_PATTERN, ID_PROVINCES, INTL_POSTCODE_PATTERN, isIdProvince } from "./address";

describe("Indonesian addresses", () => {
  it("lists the 38 provinces once each, by ISO 3166-2:ID code", () => {
    expect(ID_PROVINCES).toHaveLength(38);
    expect(new Set(ID_PROVINCES).size).toBe(38);
    expect(ID_PROVINCES.every((p) => /^id-[a-z]{2}$/.test(p))).toBe(true);
    expect(isIdProvince("id-jt")).toBe(true);
    expect(isIdProvince("Jawa Tengah")).toBe(false);
  });

  it("takes 5-digit postcodes only", () => {
    expect(ID_POSTCODE_PATTERN.test("51128")).toBe(true);
    for (const bad of ["5112", "511280", "5112a", " 51128"]) expect(ID_POSTCODE_PATTERN.test(bad)).toBe(false);
  });
});

describe("international addresses", () => {
  it("takes common postcode shapes and refuses symbols", () => {
    for (const ok of ["SW1A 1AA", "10115", "100-0001", "1015 CJ", "2000"]) expect(INTL_POSTCODE_PATTERN.test(ok)).toBe(true);
    for (const bad of ["1", "10#15", "<b>", "12345678901"]) expect(INTL_POSTCODE_PATTERN.test(bad)).toBe(false);
  });

  it("picks the Indonesian form for Indonesia only", () => {
    expect(addressFormFor("ID")).toBe("indonesia");
    expect(addressFormFor("nl")).toBe("international");
  });
});
