import { describe, expect, it } from "vitest";
import { listingPayload } from "./listing-payload";
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

describe("toSellerListing", () => {
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
