import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import { toTrust } from "@/lib/trust";
import { CertificateBadges } from "./certificate-badges";

// The shape GET /store/certifications answers (docs/api/certifications.md).
const RAW = {
  eco_tags: ["natural_dyes", "wastewater_treated", "not_a_tag"],
  certificates: [
    { id: "cert_1", scheme: "batikmark", subject_type: "product", issuer: "BBSPJIKB", number: "BM-1", standard: null,
      batikmark_type: "tulis", batikmark_colour: "gold", expires_at: "2029-05-16", display_state: "verified",
      verification_method: "issuer_confirmation", is_demo: false },
    { id: "cert_2", scheme: "oeko_tex_std100", subject_type: "product", issuer: "DEMO institut", number: "DEMO-OT-1",
      expires_at: "2027-01-07", display_state: "seller_declared", verification_method: null },
    { id: "cert_3", scheme: "gots", subject_type: "seller", issuer: "X", number: "Y", expires_at: "2020-01-01", display_state: "expired" },
    // A seeded demo certificate (backend/src/scripts/seed/certifications.ts)
    { id: "cert_4", scheme: "ipal_effluent_test", subject_type: "seller", issuer: "DEMO — Laboratorium lingkungan", number: "DEMO-IPAL-1",
      expires_at: "2027-09-01", display_state: "verified", verification_method: null, is_demo: true },
  ],
};

describe("certificate badges", () => {
  it("keeps only certificates Canting verified, and known codes: a seller's pending claim is not shown", () => {
    const trust = toTrust(RAW);
    expect(trust.ecoTags).toEqual(["wastewater_treated"]); // natural_dyes is no eco tag any more
    expect(trust.certificates.map((c) => c.id)).toEqual(["cert_1", "cert_4"]);
  });

  it("shows issuer, number, valid-until and how Canting verified it, in Indonesian", () => {
    render(<CertificateBadges trust={toTrust(RAW)} locale="id" t={createTranslator("id")} />);
    const [batikmark] = screen.getAllByTestId("certificate-badge");
    expect(batikmark.textContent).toContain("Batikmark");
    expect(batikmark.textContent).toContain("label emas");
    expect(batikmark.textContent).toContain("Nomor: BM-1");
    expect(batikmark.textContent).toContain("Berlaku sampai 16 Mei 2029");
    expect(batikmark.textContent).toContain("Diverifikasi Canting: Konfirmasi dari penerbit");
    expect(screen.queryByText(/Pernyataan penjual/)).toBeNull();
    expect(screen.queryByText("DEMO-OT-1", { exact: false })).toBeNull();
    expect(screen.getAllByTestId("eco-tag").map((e) => e.textContent)).toEqual(["Limbah diolah (IPAL)"]);
  });

  it("says a demo certificate is a demo and that no real document was checked, never 'verified by Canting'", () => {
    for (const locale of ["id", "en"] as const) {
      const { unmount } = render(<CertificateBadges trust={toTrust(RAW)} locale={locale} t={createTranslator(locale)} />);
      const demo = screen.getAllByTestId("certificate-badge").find((b) => b.dataset.scheme === "ipal_effluent_test")!;
      expect(screen.getByTestId("certificate-demo").textContent).toBe(locale === "id"
        ? "Sertifikat demo: tidak ada dokumen asli yang diperiksa."
        : "Demo certificate: no real document was checked.");
      expect(demo.textContent).not.toMatch(/Diverifikasi|Verified by/);
      // The issuer line is in the page's language and names no institution for a certificate that does not exist.
      expect(demo.textContent).toContain(locale === "id" ? "Penerbit: penerbit contoh (data demo" : "Issuer: an example issuer (demo data");
      expect(demo.textContent).not.toContain("Laboratorium lingkungan");
      unmount();
    }
    // Even if an API sent a method for a demo certificate, the badge does not claim a check.
    const sent = toTrust({ certificates: [{ ...RAW.certificates[3], verification_method: "document_inspection" }] });
    render(<CertificateBadges trust={sent} locale="en" t={createTranslator("en")} />);
    expect(screen.getByTestId("certificate-badge").textContent).not.toContain("Verified by");
  });

  it("speaks English to English shoppers", () => {
    render(<CertificateBadges trust={toTrust(RAW)} locale="en" t={createTranslator("en")} />);
    expect(screen.getAllByTestId("certificate-badge")[0].textContent).toContain("Valid until 16 May 2029");
    expect(screen.getAllByTestId("certificate-badge")[0].textContent).toContain("Verified by Canting: Confirmed by the issuer");
    expect(screen.queryByTestId("certificate-declared")).toBeNull();
  });

  it("renders nothing when there is nothing to show", () => {
    const { container } = render(<CertificateBadges trust={toTrust({})} locale="id" t={createTranslator("id")} />);
    expect(container.innerHTML).toBe("");
  });
});
