import { describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import { renderInLocale } from "@/test/render-client";
import { toSellerCertificates } from "@/lib/trust";
import { CertificateList } from "./certificate-list";
import type { FormAction } from "@/lib/result";

// The shape GET /sellers/me/certifications answers: every state of the seller's own certificates.
const RAW = {
  certificates: [
    { id: "cert_p", scheme: "oeko_tex_std100", subject_type: "product", issuer: "Institut", number: "OT-1", status: "pending",
      display_state: "seller_declared", expires_at: "2027-01-07", evidence: [{ id: "certev_1", filename: "oeko.pdf" }] },
    { id: "cert_v", scheme: "ipal_effluent_test", subject_type: "seller", issuer: "Lab", number: "IPAL-1", status: "verified",
      display_state: "verified", verification_method: "document_inspection", expires_at: "2027-09-01", evidence: [] },
    { id: "cert_r", scheme: "gots", subject_type: "seller", issuer: "CB", number: "G-1", status: "rejected", display_state: "rejected",
      review_note: "Nomor tidak terbaca", evidence: [] },
  ],
};
const deleteAction = vi.fn<FormAction<{ id: string }>>(async () => ({ ok: true as const, data: { id: "x" } }));
const status = (id: string) => screen.getAllByTestId("certificate-row")[RAW.certificates.findIndex((c) => c.id === id)]
  .querySelector('[data-testid="certificate-status"]')!.textContent;

describe("the seller's certificates", () => {
  it("shows the seller its own pending claim as declared and waiting for Canting's check, not as shown to shoppers", () => {
    renderInLocale(<CertificateList certificates={toSellerCertificates(RAW)} locale="id" deleteAction={deleteAction} />);
    expect(screen.getAllByTestId("certificate-row")).toHaveLength(3);
    expect(status("cert_p")).toBe("Status: Menunggu pemeriksaan · Belum tampil ke pembeli: dinyatakan penjual, menunggu pemeriksaan Canting.");
    expect(status("cert_v")).toBe("Status: Terverifikasi · Tampil ke pembeli: Terverifikasi");
    expect(status("cert_r")).toBe("Status: Ditolak · Tidak tampil ke pembeli.");
  });

  it("says the same in English", () => {
    renderInLocale(<CertificateList certificates={toSellerCertificates(RAW)} locale="en" deleteAction={deleteAction} />, "en");
    expect(status("cert_p")).toBe("Status: Awaiting review · Not shown to shoppers yet: declared by you, waiting for Canting's check.");
    expect(status("cert_v")).toBe("Status: Verified · Shoppers see: Verified");
  });
});
