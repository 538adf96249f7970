import { describe, expect, it } from "vitest";
import { tulisDetail } from "@/test/fixtures";
import { jsonLdScript, productJsonLd } from "./product-jsonld";

const cert = (over: Record<string, unknown>) => ({
  id: "c", scheme: "batikmark", subjectType: "product", issuer: "DEMO Balai", number: "DEMO-BM-1", standard: null, batikmarkType: "tulis",
  batikmarkColour: "gold", expiresAt: "2027-05-01", displayState: "verified", verificationMethod: "document_inspection", demo: true, ...over,
}) as never;

/** A real listing of a real workshop (the shared fixture is a demo piece). */
const forSale = { ...tulisDetail, demo: false, seller: { ...tulisDetail.seller!, demo: false } };
const labels = { technique: "Hand-drawn batik (tulis)", scheme: (c: string) => (c === "batikmark" ? "Batikmark" : c) };

describe("product JSON-LD", () => {
  it("describes the product, its maker, offer and only verified certificates", () => {
    const ld = productJsonLd(forSale, "https://canting.example/en/products/x", { ecoTags: [], certificates: [
      cert({ demo: false }), cert({ id: "f", number: "DEMO-BM-9", demo: true }), cert({ id: "d", number: "DEMO-SNI-2", scheme: "sni_sppt_batik", displayState: "seller_declared" }),
      cert({ id: "e", number: "DEMO-OT-3", scheme: "oeko_tex_std100", displayState: "expired" }),
    ] }, labels);
    expect(ld).toMatchObject({
      "@type": "Product", name: tulisDetail.title, brand: { name: tulisDetail.seller!.name },
      offers: { "@type": "Offer", priceCurrency: tulisDetail.price!.currency.toUpperCase(), price: tulisDetail.price!.amount },
      additionalProperty: [{ name: "technique", value: "Hand-drawn batik (tulis)" }],
    });
    expect(ld.hasCertification).toEqual([{ "@type": "Certification", name: "Batikmark", certificationIdentification: "DEMO-BM-1",
      issuedBy: { "@type": "Organization", name: "DEMO Balai" }, expires: "2027-05-01" }]);
  });

  it("offers nothing for sale on a demo workshop's piece or a demo piece, and keeps the rest", () => {
    for (const demo of [{ ...forSale, seller: { ...forSale.seller, demo: true } }, { ...forSale, demo: true }]) {
      const ld = productJsonLd(demo, "https://canting.example/id/products/x", { ecoTags: [], certificates: [cert({})] }, labels);
      expect(ld).not.toHaveProperty("offers");
      expect(JSON.stringify(ld)).not.toContain("Offer");
      expect(ld).toMatchObject({ "@type": "Product", name: tulisDetail.title, brand: { name: tulisDetail.seller!.name } });
      expect(ld).not.toHaveProperty("hasCertification"); // a demo certificate is not a claim to machines either
    }
  });

  it("cannot break out of its script tag", () => {
    expect(jsonLdScript({ name: "</script><script>alert(1)</script>" })).not.toContain("</script>");
  });
});
