import { describe, expect, it } from "vitest";
import { termChecks, termsBody, tierChecks, tiersFor, type TierValues } from "./trade-terms";

const form = (entries: [string, string][]) => {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
};
const tier = (min: string, max: string, idr: string, usd: string): TierValues => ({ min, max, idr, usd });

describe("tierChecks (the backend's tier rules, run as the seller types)", () => {
  it("accepts contiguous tiers with falling prices, the last open-ended, in Indonesian number style", () => {
    expect(tierChecks([tier("10", "49", "350.000", "22,5"), tier("50", "", "300000", "0.29")], { idr: "400000", usd: "25" })).toEqual({});
  });

  it("names the tier and field the backend would: gap, overlap, range, open tier not last", () => {
    expect(tierChecks([tier("10", "49", "9", "1"), tier("51", "", "9", "1")])).toEqual({ "tiers.1.min_quantity": "errors:tier_gap" });
    expect(tierChecks([tier("10", "49", "9", "1"), tier("40", "", "9", "1")])).toEqual({ "tiers.1.min_quantity": "errors:tier_overlap" });
    expect(tierChecks([tier("10", "5", "9", "1")])).toEqual({ "tiers.0.max_quantity": "errors:tier_range" });
    expect(tierChecks([tier("10", "", "9", "1"), tier("11", "", "9", "1")])).toEqual({ "tiers.0.max_quantity": "errors:tier_open_not_last" });
  });

  it("refuses a unit price above the previous tier's or, for the first tier, above the variant's own price", () => {
    expect(tierChecks([tier("10", "49", "350000", "20"), tier("50", "", "360000", "19")])).toEqual({ "tiers.1.prices.idr": "errors:tier_price_rises" });
    expect(tierChecks([tier("10", "", "350000", "26")], { idr: "400.000", usd: "25" })).toEqual({ "tiers.0.prices.usd": "errors:tier_price_rises" });
    // Without the variant's own price there is nothing to compare the first tier with.
    expect(tierChecks([tier("10", "", "350000", "26")], { idr: "", usd: "" })).toEqual({});
  });

  it("checks each cell like the backend's schema: required, whole numbers, cents, range", () => {
    expect(tierChecks([tier("", "", "", "")])).toEqual({
      "tiers.0.min_quantity": "errors:required", "tiers.0.prices.idr": "errors:required", "tiers.0.prices.usd": "errors:required",
    });
    expect(tierChecks([tier("0", "abc", "1", "0.015")])).toEqual({
      "tiers.0.min_quantity": "errors:out_of_range", "tiers.0.max_quantity": "errors:invalid", "tiers.0.prices.usd": "errors:invalid",
    });
    expect(tierChecks([tier("10", "", "0", "-1")])).toEqual({ "tiers.0.prices.idr": "errors:out_of_range", "tiers.0.prices.usd": "errors:out_of_range" });
    expect(tierChecks(Array.from({ length: 6 }, (_, i) => tier(String(i + 1), i < 5 ? String(i + 1) : "", "9", "1")))).toEqual({ tiers: "errors:too_long" });
  });
});

describe("termChecks", () => {
  it("asks for the HS code when wholesale is on, and checks the minimum and the alert level", () => {
    expect(termChecks({ wholesale: true, hsCode: "", moq: "12", lowStock: "" })).toEqual({ hs_code: "errors:hs_code_required_wholesale" });
    expect(termChecks({ wholesale: true, hsCode: "520852", moq: "20000", lowStock: "1001" })).toEqual({
      min_order_quantity: "errors:out_of_range", low_stock_threshold: "errors:out_of_range",
    });
    // A minimum is only read while wholesale is on; dots and commas in counts are thousands separators, as in stock.
    expect(termChecks({ wholesale: false, hsCode: "", moq: "abc", lowStock: "sedikit" })).toEqual({ low_stock_threshold: "errors:invalid" });
    expect(termChecks({ wholesale: false, hsCode: "", moq: "", lowStock: "-1" })).toEqual({ low_stock_threshold: "errors:out_of_range" });
    expect(termChecks({ wholesale: false, hsCode: "", moq: "", lowStock: "0" })).toEqual({});
  });
});

describe("termsBody", () => {
  it("creates with what was filled in, and no minimum when wholesale is off", () => {
    expect(termsBody(form([["wholesale", "on"], ["min_order_quantity", "1.000"], ["low_stock_threshold", "5"]]), "create"))
      .toEqual({ wholesale: true, min_order_quantity: 1000, low_stock_threshold: 5 });
    expect(termsBody(form([["min_order_quantity", "12"], ["low_stock_threshold", ""]]), "create")).toEqual({});
  });

  it("edits only what changed from the stored terms", () => {
    const stored: [string, string][] = [["initial.wholesale", "on"], ["initial.min_order_quantity", "12"], ["initial.low_stock_threshold", "4"]];
    expect(termsBody(form([...stored, ["wholesale", "on"], ["min_order_quantity", "12"], ["low_stock_threshold", "4"]]), "edit")).toEqual({});
    expect(termsBody(form([...stored, ["wholesale", "on"], ["min_order_quantity", "24"], ["low_stock_threshold", "4"]]), "edit"))
      .toEqual({ min_order_quantity: 24 });
    // Turned off: the minimum input is disabled and not posted; the backend drops the stored minimum.
    expect(termsBody(form([...stored, ["low_stock_threshold", "4"]]), "edit")).toEqual({ wholesale: false });
    // Emptied fields cannot be unset: no minimum is 1, no alert level is the default.
    expect(termsBody(form([...stored, ["wholesale", "on"], ["min_order_quantity", ""], ["low_stock_threshold", ""]]), "edit"))
      .toEqual({ min_order_quantity: 1, low_stock_threshold: 2 });
    expect(termsBody(form([["initial.wholesale", ""], ["initial.min_order_quantity", ""], ["wholesale", "on"], ["min_order_quantity", "6"]]), "edit"))
      .toEqual({ wholesale: true, min_order_quantity: 6 });
  });
});

describe("tiersFor", () => {
  const rows: [string, string][] = [
    ["tiers.0.min_quantity", "10"], ["tiers.0.max_quantity", "49"], ["tiers.0.prices.idr", "350.000"], ["tiers.0.prices.usd", "22,5"],
    ["tiers.1.min_quantity", ""], ["tiers.1.max_quantity", ""], ["tiers.1.prices.idr", ""], ["tiers.1.prices.usd", ""],
    ["tiers.2.min_quantity", "50"], ["tiers.2.max_quantity", ""], ["tiers.2.prices.idr", "300000"], ["tiers.2.prices.usd", "20"],
    ["tiers.3.min_quantity", ""], ["tiers.3.max_quantity", ""], ["tiers.3.prices.idr", ""], ["tiers.3.prices.usd", ""],
  ];

  it("keeps an empty row between filled ones so the backend's tiers.<n> is the row the seller sees, and drops trailing ones", () => {
    expect(tiersFor(form(rows), "", "create")).toEqual([
      { min_quantity: 10, max_quantity: 49, prices: { idr: 350000, usd: 22.5 } },
      { prices: {} },
      { min_quantity: 50, prices: { idr: 300000, usd: 20 } },
    ]);
    expect(tiersFor(form(rows.map(([k, v]) => [`variants.1.${k}`, v])), "variants.1.", "create")).toHaveLength(3);
    expect(tiersFor(form(rows), "variants.0.", "create")).toBeUndefined();
  });

  it("on an edit sends tiers only once the seller changed the table, and [] when every row was removed", () => {
    expect(tiersFor(form(rows), "", "edit")).toBeUndefined();
    expect(tiersFor(form([...rows, ["tiers.edited", "1"]]), "", "edit")).toHaveLength(3);
    expect(tiersFor(form([["tiers.edited", "1"]]), "", "edit")).toEqual([]);
  });
});
