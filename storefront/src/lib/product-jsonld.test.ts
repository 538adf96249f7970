import { describe, expect, it } from "vitest";
import { tulisDetail } from "@/test/fixtures";
import { jsonLdScript, productJsonLd } from "./product-jsonld";

const cert = (over: Record<string, unknown>) => ({
  id: "c", scheme: "batikmark", subjectType: "product", issuer: "DEMO Balai", number: "DEMO-BM-1", standard: null, batikmarkType: "tulis",
  batikmarkColour: "gold", expiresAt: "2027-05-01", displayState: "verified", verificationMethod: "document_inspection", demo: true, ...over,
}) as never;

describe("product JSON-LD", () => {
  it("describes the product, its maker, offer and only verified certificates", () => {
    const ld = productJsonLd(tulisDetail, "https://canting.example/en/products/x", { ecoTags: [], certificates: [
      cert({}), cert({ id: "d", number: "DEMO-SNI-2", scheme: "sni_sppt_batik", displayState: "seller_declared" }),
    ] }, { technique: "Hand-drawn batik (tulis)", scheme: (c) => (c === "batikmark" ? "Batikmark" : c) });
    expect(ld).toMatchObject({
      "@type": "Product", name: tulisDetail.title, brand: { name: tulisDetail.seller!.name },
      offers: { "@type": "Offer", priceCurrency: tulisDetail.price!.currency.toUpperCase(), price: tulisDetail.price!.amount },
      additionalProperty: [{ name: "technique", value: "Hand-drawn batik (tulis)" }],
    });
    expect(ld.hasCertification).toEqual([{ "@type": "Certification", name: "Batikmark", certificationIdentification: "DEMO-BM-1",
      issuedBy: { "@type": "Organization", name: "DEMO Balai" }, expires: "2027-05-01" }]);
  });

  it("cannot break out of its script tag", () => {
    expect(jsonLdScript({ name: "</script><script>alert(1)</script>" })).not.toContain("</script>");
  });
});
