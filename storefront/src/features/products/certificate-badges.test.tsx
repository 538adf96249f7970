import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import { toTrust } from "@/features/seller-certs/trust";
import { CertificateBadges } from "./certificate-badges";
import { ProductFacts, toMoreFacts } from "./product-facts";
import { tulisDetail } from "@/test/fixtures";

// The shape GET /store/certifications answers (docs/api/certifications.md).
const RAW = {
  eco_tags: ["natural_dyes", "wastewater_treated", "not_a_tag"],
  certificates: [
    { id: "cert_1", scheme: "batikmark", subject_type: "product", issuer: "DEMO BBSPJIKB", number: "DEMO-BM-1", standard: null,
      batikmark_type: "tulis", batikmark_colour: "gold", expires_at: "2029-05-16", display_state: "verified",
      verification_method: "issuer_confirmation", is_demo: true },
    { id: "cert_2", scheme: "oeko_tex_std100", subject_type: "product", issuer: "DEMO institut", number: "DEMO-OT-1",
      expires_at: "2027-01-07", display_state: "seller_declared", verification_method: null },
    { id: "cert_3", scheme: "gots", subject_type: "seller", issuer: "X", number: "Y", expires_at: "2020-01-01", display_state: "expired" },
  ],
};

describe("certificate badges", () => {
  it("keeps only what shoppers may see and known codes", () => {
    const trust = toTrust(RAW);
    expect(trust.ecoTags).toEqual(["natural_dyes", "wastewater_treated"]);
    expect(trust.certificates.map((c) => c.id)).toEqual(["cert_1", "cert_2"]);
  });

  it("shows issuer, number, valid-until and how it was verified, and qualifies a pending claim, in Indonesian", () => {
    render(<CertificateBadges trust={toTrust(RAW)} locale="id" t={createTranslator("id")} />);
    const [batikmark, oeko] = screen.getAllByTestId("certificate-badge");
    expect(batikmark.textContent).toContain("Batikmark");
    expect(batikmark.textContent).toContain("label emas");
    expect(batikmark.textContent).toContain("Nomor: DEMO-BM-1");
    expect(batikmark.textContent).toContain("Berlaku sampai 16 Mei 2029");
    expect(batikmark.textContent).toContain("Diverifikasi Canting: Konfirmasi dari penerbit");
    expect(oeko.textContent).toContain("Pernyataan penjual");
    expect(oeko.textContent).not.toContain("Diverifikasi");
    expect(screen.getAllByTestId("eco-tag").map((e) => e.textContent)).toEqual(["Pewarna alam", "Limbah diolah (IPAL)"]);
  });

  it("speaks English to English shoppers", () => {
    render(<CertificateBadges trust={toTrust(RAW)} locale="en" t={createTranslator("en")} />);
    expect(screen.getAllByTestId("certificate-badge")[0].textContent).toContain("Valid until 16 May 2029");
    expect(screen.getByTestId("certificate-declared").textContent).toBe("Seller-declared: not yet verified by Canting.");
  });

  it("renders nothing when there is nothing to show", () => {
    const { container } = render(<CertificateBadges trust={toTrust({})} locale="id" t={createTranslator("id")} />);
    expect(container.innerHTML).toBe("");
  });
});

describe("production facts", () => {
  it("lists fixers, fibres, kelurahan, artisans and the HS code in plain language", () => {
    const more = toMoreFacts({
      fixers: ["tawas", "bogus"], fibre_composition: [{ fibre: "cotton", percent: 100 }], origin_kelurahan: "Kauman",
      artisans: ["Bu Sri (demo)"], hs_code: "520852",
    });
    render(<ProductFacts facts={tulisDetail.facts} more={more} locale="en" t={createTranslator("en")} />);
    expect(screen.getByTestId("fact-fixers").textContent).toBe("FixersAlum (tawas)") // "bogus" is dropped;
    expect(screen.getByTestId("fact-fibres").textContent).toContain("Cotton 100%");
    expect(screen.getByTestId("fact-kelurahan").textContent).toContain("Kauman");
    expect(screen.getByTestId("fact-artisans").textContent).toContain("Bu Sri (demo)");
    expect(screen.getByTestId("fact-hsCode").textContent).toContain("520852");
  });

  it("leaves the rows out when the product has no such facts", () => {
    render(<ProductFacts facts={tulisDetail.facts} locale="id" t={createTranslator("id")} />);
    expect(screen.queryByTestId("fact-fibres")).toBeNull();
    expect(screen.queryByTestId("fact-hsCode")).toBeNull();
  });
});
