import { describe, expect, it } from "vitest";
import { NIB_PATTERN, NPWP_PATTERN, normalizeIdNumber, npwpError, umkmScale } from "./business";

describe("umkmScale (PP 7/2021)", () => {
  it("bands declared capital at 1, 5 and 10 miliar", () => {
    expect(umkmScale("modal_usaha", 1_000_000_000)).toBe("mikro");
    expect(umkmScale("modal_usaha", 1_000_000_001)).toBe("kecil");
    expect(umkmScale("modal_usaha", 5_000_000_000)).toBe("kecil");
    expect(umkmScale("modal_usaha", 10_000_000_000)).toBe("menengah");
    expect(umkmScale("modal_usaha", 10_000_000_001)).toBe("besar");
  });
  it("bands annual sales at 2, 15 and 50 miliar", () => {
    expect(umkmScale("hasil_penjualan_tahunan", 2_000_000_000)).toBe("mikro");
    expect(umkmScale("hasil_penjualan_tahunan", 2_000_000_001)).toBe("kecil");
    expect(umkmScale("hasil_penjualan_tahunan", 15_000_000_001)).toBe("menengah");
    expect(umkmScale("hasil_penjualan_tahunan", 50_000_000_001)).toBe("besar");
  });
  it("refuses negative amounts", () => {
    expect(() => umkmScale("modal_usaha", -1)).toThrow(RangeError);
  });
});

describe("business identity numbers", () => {
  it("accepts a 13-digit NIB only", () => {
    expect(NIB_PATTERN.test("1234567890123")).toBe(true);
    expect(NIB_PATTERN.test("123456789012")).toBe(false);
  });
  it("accepts a 16-digit NPWP (NPWP16 or NIK) after removing separators", () => {
    expect(NPWP_PATTERN.test(normalizeIdNumber("33.2601.2345.678.901"))).toBe(true);
    expect(NPWP_PATTERN.test("3326012345678901")).toBe(true);
    expect(npwpError("3326012345678901")).toBeNull();
    expect(NPWP_PATTERN.test("12345")).toBe(false);
    expect(npwpError("12345")).toBe("npwp_format");
  });
  it("refuses the old 15-digit NPWP with its own code (invalid since 1 July 2024, PMK 136/2023)", () => {
    const old = normalizeIdNumber("12.345.678.9-012.345");
    expect(old).toHaveLength(15);
    expect(NPWP_PATTERN.test(old)).toBe(false);
    expect(npwpError(old)).toBe("npwp_old_format");
  });
});
