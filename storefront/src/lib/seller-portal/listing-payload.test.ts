import { describe, expect, it } from "vitest";
import { attachToInputs } from "./errors";
import { listingInputs, listingPayload } from "./listing-payload";
import { toSellerListing } from "./listings";

const form = (entries: [string, string][]) => {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
};

describe("listingPayload", () => {
  it("builds a new listing with variants, rupiah typed with dots, and publishes when ticked", () => {
    const body = listingPayload(form([
      ["title.id", " Kain Jlamprang "], ["title.en", ""], ["technique", "batik_tulis"], ["fabric", ""], ["motifs", "jlamprang"],
      ["length_cm", "250"], ["images", "http://b/static/a.jpg"], ["publish", "on"],
      ["variants.0.size", "250x105"], ["variants.0.prices.idr", "1.500.000"], ["variants.0.prices.usd", "95.5"], ["variants.0.stock", "2"],
      ["variants.1.prices.idr", ""], ["variants.1.stock", "1"],
    ]), "create");
    expect(body).toEqual({
      title: { id: "Kain Jlamprang" }, technique: "batik_tulis", motifs: ["jlamprang"], length_cm: 250, images: ["http://b/static/a.jpg"],
      natural_dyes: [], synthetic_dyes: [], fixers: [],
      status: "published",
      variants: [{ size: "250x105", prices: { idr: 1500000, usd: 95.5 }, stock: 2 }, { prices: {}, stock: 1 }],
    });
  });

  it("edits without variants or status, keeping the English text when left empty", () => {
    const body = listingPayload(form([["id", "prod_1"], ["title.id", "Baru"], ["title.en", ""], ["description.id", ""], ["technique", "batik_cap"]]), "edit");
    expect(body).toEqual({
      title: { id: "Baru" }, description: { id: "" }, technique: "batik_cap", motifs: [], images: [], natural_dyes: [], synthetic_dyes: [], fixers: [],
    });
  });

  it("sends the production details: named dyes, fixers, fibre rows, origin, artisans one per line, HS code without dots", () => {
    const body = listingPayload(form([
      ["title.id", "Kain"], ["technique", "batik_tulis"], ["natural_dyes", "indigofera"], ["natural_dyes", "bogus"], ["fixers", "tunjung"],
      ["fibre_composition.0.fibre", "cotton"], ["fibre_composition.0.percent", "80"], ["fibre_composition.1.fibre", "silk"],
      ["fibre_composition.1.percent", "20"], ["fibre_composition.2.fibre", ""], ["fibre_composition.2.percent", ""],
      ["origin_kelurahan", " Kauman "], ["artisans", "Bu Sri\n\n  Pak Darto "], ["hs_code", "5208.52"],
    ]), "create");
    expect(body).toMatchObject({
      natural_dyes: ["indigofera"], fixers: ["tunjung"],
      fibre_composition: [{ fibre: "cotton", percent: 80 }, { fibre: "silk", percent: 20 }],
      origin_kelurahan: "Kauman", artisans: ["Bu Sri", "Pak Darto"], hs_code: "520852",
    });
    const none = listingPayload(form([["title.id", "Kain"], ["fibre_composition.0.fibre", ""], ["fibre_composition.0.percent", ""]]), "create");
    expect(none).not.toHaveProperty("fibre_composition");
  });
});

describe("listingPayload: trade terms and price tiers", () => {
  it("creates a wholesale listing with its minimum, alert level and each variant's tiers", () => {
    const body = listingPayload(form([
      ["title.id", "Kain"], ["hs_code", "520852"], ["wholesale", "on"], ["min_order_quantity", "12"], ["low_stock_threshold", "3"],
      ["variants.0.prices.idr", "400.000"], ["variants.0.stock", "50"],
      ["variants.0.tiers.0.min_quantity", "12"], ["variants.0.tiers.0.max_quantity", "49"],
      ["variants.0.tiers.0.prices.idr", "350.000"], ["variants.0.tiers.0.prices.usd", "22"],
      ["variants.0.tiers.1.min_quantity", "50"], ["variants.0.tiers.1.max_quantity", ""],
      ["variants.0.tiers.1.prices.idr", "300000"], ["variants.0.tiers.1.prices.usd", "19,5"],
      ["variants.1.prices.idr", "500000"], ["variants.1.stock", "2"],
    ]), "create");
    expect(body).toMatchObject({ wholesale: true, min_order_quantity: 12, low_stock_threshold: 3, hs_code: "520852" });
    expect(body.variants).toEqual([
      { prices: { idr: 400000 }, stock: 50, tiers: [
        { min_quantity: 12, max_quantity: 49, prices: { idr: 350000, usd: 22 } },
        { min_quantity: 50, prices: { idr: 300000, usd: 19.5 } },
      ] },
      { prices: { idr: 500000 }, stock: 2 },
    ]);
  });

  it("leaves the terms out of an edit that did not touch them", () => {
    const body = listingPayload(form([
      ["id", "prod_1"], ["title.id", "Kain"], ["initial.wholesale", "on"], ["initial.min_order_quantity", "12"], ["initial.low_stock_threshold", ""],
      ["wholesale", "on"], ["min_order_quantity", "12"], ["low_stock_threshold", ""],
      // A variant row's tier inputs sit inside the listing form; its own Save sends them, the listing's never does.
      ["tiers.0.min_quantity", "10"], ["tiers.edited", "1"],
    ]), "edit");
    expect(body).not.toHaveProperty("wholesale");
    expect(body).not.toHaveProperty("min_order_quantity");
    expect(body).not.toHaveProperty("low_stock_threshold");
    expect(body).not.toHaveProperty("variants");
    const changed = listingPayload(form([["id", "prod_1"], ["initial.wholesale", "on"], ["initial.low_stock_threshold", ""], ["low_stock_threshold", "0"]]), "edit");
    expect(changed).toMatchObject({ wholesale: false, low_stock_threshold: 0 });
  });

  it("keeps the backend's tier and term errors on the inputs they name", () => {
    const attached = attachToInputs({
      "variants.0.tiers.1.min_quantity": "errors:tier_overlap", "variants.1.tiers.4.prices.usd": "errors:tier_price_rises",
      "variants.0.tiers": "errors:too_long", "variants.0.tiers.7.min_quantity": "errors:required",
      min_order_quantity: "errors:moq_needs_wholesale", low_stock_threshold: "errors:out_of_range", hs_code: "errors:hs_code_required_wholesale",
    }, listingInputs(2));
    expect(attached).toEqual({
      "variants.0.tiers.1.min_quantity": "errors:tier_overlap", "variants.1.tiers.4.prices.usd": "errors:tier_price_rises",
      // A row the form cannot have falls back to the variant's tier table.
      "variants.0.tiers": "errors:too_long",
      min_order_quantity: "errors:moq_needs_wholesale", low_stock_threshold: "errors:out_of_range", hs_code: "errors:hs_code_required_wholesale",
    });
  });
});

describe("toSellerListing", () => {
  it("tells a variant's own price from its tiers, and reads the trade terms from metadata", () => {
    const l = toSellerListing({
      id: "prod_1", metadata: { wholesale: true, min_order_quantity: 12, low_stock_threshold: "4", hs_code: "520852" },
      variants: [{ id: "v", title: "Biru", prices: [
        // A tier listed first must not be taken for the variant's own price.
        { amount: 300000, currency_code: "idr", min_quantity: 50, max_quantity: null },
        { amount: 350000, currency_code: "idr", min_quantity: 12, max_quantity: 49 },
        { amount: 22, currency_code: "usd", min_quantity: 12, max_quantity: 49 },
        { amount: { value: "19.5" }, currency_code: "usd", min_quantity: "50", max_quantity: null },
        { amount: 400000, currency_code: "idr", min_quantity: null, max_quantity: null },
        { amount: 25, currency_code: "usd" },
      ] }],
    });
    expect(l.trade).toEqual({ wholesale: true, minOrderQuantity: 12, lowStockThreshold: 4 });
    expect(l.variants[0]).toMatchObject({ priceIdr: 400000, priceUsd: 25 });
    expect(l.variants[0].tiers).toEqual([
      { minQuantity: 12, maxQuantity: 49, idr: 350000, usd: 22 },
      { minQuantity: 50, maxQuantity: null, idr: 300000, usd: 19.5 },
    ]);
    // A minimum left behind without wholesale binds nobody.
    expect(toSellerListing({ id: "p", metadata: { min_order_quantity: 12 } }).trade).toEqual({ wholesale: false, minOrderQuantity: null, lowStockThreshold: null });
  });


  it("reads facts from metadata, prices per currency and stock over locations", () => {
    const l = toSellerListing({
      id: "prod_1", title: "Kain", status: "published", images: [{ url: "u1" }], metadata: { technique: "batik_cap", motifs: ["liong", "nope"] },
      variants: [{ id: "v", title: "Biru", prices: [{ amount: 150000, currency_code: "idr" }, { amount: "9.5", currency_code: "usd" }],
        inventory_items: [{ inventory: { location_levels: [{ stocked_quantity: 2 }, { stocked_quantity: 1 }] } }] }],
    });
    expect(l).toMatchObject({ status: "published", thumbnail: "u1", technique: "batik_cap", motifs: ["liong"] });
    expect(l.variants[0]).toMatchObject({ priceIdr: 150000, priceUsd: 9.5, stock: 3 });
    const facts = toSellerListing({ id: "p", metadata: { natural_dyes: ["tingi", "x"], fixers: ["kapur"], fibre_composition: [{ fibre: "cotton", percent: 100 }], hs_code: "520852", artisans: ["Bu Sri"] } });
    expect(facts.naturalDyes).toEqual(["tingi"]);
    expect(facts.more).toEqual({ fixers: ["kapur"], fibres: [{ fibre: "cotton", percent: 100 }], originKelurahan: null, artisans: ["Bu Sri"], hsCode: "520852" });
  });
});
