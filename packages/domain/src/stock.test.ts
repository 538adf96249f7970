import { describe, expect, it } from "vitest";
import { isLowStock, lowStockThreshold, LOW_STOCK_THRESHOLD_DEFAULT, LOW_STOCK_THRESHOLD_MAX } from "./stock.js";

describe("low-stock threshold", () => {
  it("uses the stored whole number, 0 and the maximum included", () => {
    expect(lowStockThreshold(5)).toBe(5);
    expect(lowStockThreshold(0)).toBe(0);
    expect(lowStockThreshold(LOW_STOCK_THRESHOLD_MAX)).toBe(LOW_STOCK_THRESHOLD_MAX);
  });

  it("falls back to the default for a listing that set none or holds something unusable", () => {
    expect(LOW_STOCK_THRESHOLD_DEFAULT).toBe(2);
    for (const stored of [undefined, null, "5", 2.5, -1, LOW_STOCK_THRESHOLD_MAX + 1, Number.NaN]) {
      expect(lowStockThreshold(stored)).toBe(LOW_STOCK_THRESHOLD_DEFAULT);
    }
  });

  it("is running low at the threshold and below, not above", () => {
    expect(isLowStock(2, 2)).toBe(true);
    expect(isLowStock(0, 0)).toBe(true);
    expect(isLowStock(3, 2)).toBe(false);
  });
});
