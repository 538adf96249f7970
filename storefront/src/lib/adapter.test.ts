import { describe, expect, it } from "vitest";
import { toProduct, toSellerProfile } from "./adapter";

const rawProduct = {
  id: "prod_1",
  handle: "kain-jlamprang",
  title: "Kain Jlamprang",
  subtitle: null,
  description: "Biru indigo.",
  thumbnail: "http://localhost:9000/static/a.jpg",
  images: [{ url: "http://localhost:9000/static/a.jpg" }, { url: "http://localhost:9000/static/b.jpg" }],
  metadata: { technique: "batik_tulis", dye_family: "natural", fabric: "mori_primissima", form: "kain_panjang",
    motifs: ["jlamprang", "made_up"], natural_dyes: ["indigofera"], length_cm: 250, width_cm: "115", demo: true },
  variants: [
    { id: "v1", calculated_price: { calculated_amount: 450000, currency_code: "idr" } },
    { id: "v2", calculated_price: { calculated_amount: 350000, currency_code: "idr" } },
  ],
  seller: { id: "sel_1", handle: "batik-kauman", name: "Batik Kauman", sentra: "kauman", city: "Kota Pekalongan" },
};

describe("toProduct", () => {
  it("reshapes a Store API product, keeping known codes only", () => {
    const p = toProduct(rawProduct)!;
    expect(p.technique).toBe("batik_tulis");
    expect(p.facts.motifs).toEqual(["jlamprang"]);
    expect(p.facts.widthCm).toBe(115);
    expect(p.images).toEqual([{ url: "http://localhost:9000/static/a.jpg", variants: [] }, { url: "http://localhost:9000/static/b.jpg", variants: [] }]);
    expect(p.seller?.sentra).toBe("kauman");
    expect(p.demo).toBe(true);
  });

  it("knows whether the seller is a demo workshop (the store's seller.is_demo)", () => {
    expect(toProduct({ ...rawProduct, seller: { ...rawProduct.seller, is_demo: true } })!.seller?.demo).toBe(true);
    expect(toProduct(rawProduct)!.seller?.demo).toBe(false);
  });

  it("prices from the cheapest variant", () => {
    const p = toProduct(rawProduct)!;
    expect(p.price).toEqual({ amount: 350000, currency: "idr" });
    expect(p.priceFrom).toBe(true);
  });

  it("treats an unknown technique as unknown rather than as batik", () => {
    const p = toProduct({ ...rawProduct, metadata: { technique: "magic" }, seller: null })!;
    expect(p.technique).toBeNull();
    expect(p.seller).toBeNull();
  });

  it("carries each image's WebP variants, the cover (whose 640 variant is the thumbnail) first, once", () => {
    const sizes = (key: string) => [1280, 320, 640].map((w) => ({ url: `/static/${key}-${w}.webp`, width: w, height: w * 1.25 }));
    const p = toProduct({ ...rawProduct, thumbnail: "/static/b-640.webp", images: [
      { url: "/static/a-1280.webp", metadata: { variants: sizes("a") } },
      { url: "/static/b-1280.webp", metadata: { variants: [...sizes("b"), { url: "javascript:x", width: 0, height: 1 }] } },
      { url: "/static/a-1280.webp", metadata: {} },
    ] })!;
    expect(p.images.map((i) => i.url)).toEqual(["/static/b-1280.webp", "/static/a-1280.webp"]);
    expect(p.images[0].variants.map((v) => v.width)).toEqual([320, 640, 1280]); // smallest first, the malformed one dropped
  });
});

describe("toSellerProfile", () => {
  it("collects the seller's product ids", () => {
    const s = toSellerProfile({ id: "sel_1", handle: "h", name: "N", sentra: "pesindon", city: "Kota Pekalongan",
      techniques: ["batik_cap"], workforce_total: 12, workforce_bpjs: 9, products: [{ id: "p1" }, { id: "p2" }] })!;
    expect(s.productIds).toEqual(["p1", "p2"]);
    expect(s.workforceBpjs).toBe(9);
    expect(s.techniques).toEqual(["batik_cap"]);
  });
});
