import { describe, expect, it } from "vitest";
import { formatMoney } from "./money";

// Intl puts a no-break space between "Rp" and the amount; compare with plain spaces.
const plain = (s: string) => s.replace(/\u00a0/g, " ");

describe("formatMoney", () => {
  it("shows rupiah without decimals, in the reader's number style", () => {
    expect(plain(formatMoney(350000, "idr", "id"))).toBe("Rp 350.000");
    expect(plain(formatMoney(350000, "IDR", "en"))).toBe("IDR 350,000");
  });
  it("shows US dollars with two decimals and never a bare $", () => {
    expect(formatMoney(24.5, "usd", "en")).toBe("US$24.50");
    expect(plain(formatMoney(24.5, "usd", "id"))).toBe("US$24,50");
  });
});
