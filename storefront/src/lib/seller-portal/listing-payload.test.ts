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
      status: "published",
      variants: [{ size: "250x105", prices: { idr: 1500000, usd: 95.5 }, stock: 2 }, { prices: {}, stock: 1 }],
    });
  });

  it("edits without variants or status, keeping the English text when left empty", () => {
    const body = listingPayload(form([["id", "prod_1"], ["title.id", "Baru"], ["title.en", ""], ["description.id", ""], ["technique", "batik_cap"]]), "edit");
    expect(body).toEqual({ title: { id: "Baru" }, description: { id: "" }, technique: "batik_cap", motifs: [], images: [] });
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
  });
});
