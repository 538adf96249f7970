import { describe, expect, it } from "vitest";
import { formatPrice } from "./format";

// Intl puts a no-break space between "Rp" and the number; shoppers see an ordinary space.
const plain = (s: string) => s.replace(/\u00a0|\u202f/g, " ");

describe("formatPrice", () => {
  it("shows rupiah without decimals, Indonesian style", () => {
    expect(plain(formatPrice({ amount: 350000, currency: "idr" }, "id"))).toBe("Rp 350.000");
    expect(plain(formatPrice({ amount: 1250000, currency: "IDR" }, "id"))).toBe("Rp 1.250.000");
  });

  it("shows US dollars with cents and an unambiguous US$ for English shoppers", () => {
    expect(formatPrice({ amount: 24.5, currency: "usd" }, "en")).toBe("US$24.50");
    expect(formatPrice({ amount: 120, currency: "usd" }, "en")).toBe("US$120.00");
  });

  it("formats each currency in the shopper's language when region and language differ", () => {
    expect(plain(formatPrice({ amount: 24, currency: "usd" }, "id"))).toBe("US$24,00");
    expect(plain(formatPrice({ amount: 350000, currency: "idr" }, "en"))).toBe("IDR 350,000");
  });

  it("never shows rupiah cents, whatever the locale", () => {
    expect(formatPrice({ amount: 350000, currency: "idr" }, "en")).not.toMatch(/\.00$/);
  });
});
