import { describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import type { SellerStatus } from "@canting/domain";
import { createTranslator } from "@/lib/i18n/create";
import { StatusBanner } from "./status-banner";

function renderBanner(status: SellerStatus, locale: "id" | "en", note: string | null = null) {
  render(<StatusBanner status={status} note={note} handle="batik-sekar" locale={locale} t={createTranslator(locale)}
    continueHref={`/${locale}/seller/onboarding/address`} />);
  return screen.getByTestId("seller-status-banner");
}

const TITLES: Record<SellerStatus, { id: string; en: string }> = {
  draft: { id: "Lengkapi pendaftaran toko Anda", en: "Finish registering your shop" },
  submitted: { id: "Pendaftaran sedang ditinjau", en: "Your application is under review" },
  changes_requested: { id: "Ada yang perlu diperbaiki", en: "Some changes are needed" },
  rejected: { id: "Pendaftaran ditolak", en: "Your application was rejected" },
  suspended: { id: "Toko dinonaktifkan sementara", en: "Your shop is suspended" },
  approved: { id: "Toko Anda sudah disetujui", en: "Your shop is approved" },
};

describe("StatusBanner", () => {
  for (const [status, title] of Object.entries(TITLES) as [SellerStatus, { id: string; en: string }][]) {
    it(`says what "${status}" means in Indonesian and English`, () => {
      const id = renderBanner(status, "id");
      expect(id.getAttribute("data-status")).toBe(status);
      expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(title.id);
      cleanup();
      renderBanner(status, "en");
      expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(title.en);
    });
  }

  it("names the status with its label", () => {
    expect(renderBanner("submitted", "id").textContent).toContain("Status: Diajukan");
  });

  it("shows the operator's notes when changes are requested", () => {
    const banner = renderBanner("changes_requested", "id", "Foto NIB buram, unggah ulang.");
    expect(screen.getByTestId("status-note").textContent).toBe("Catatan dari tim Canting: Foto NIB buram, unggah ulang.");
    expect(screen.getByTestId("status-continue").getAttribute("href")).toBe("/id/seller/onboarding/address");
    expect(banner.textContent).toContain("kirim ulang");
  });

  it("falls back to a generic text when there are no notes", () => {
    renderBanner("changes_requested", "en");
    expect(screen.getByTestId("status-note").textContent).toBe("The Canting team has asked for changes. Check your email for the details.");
  });

  it("gives the reason for a rejection, or says whom to ask", () => {
    renderBanner("rejected", "en", "Products are printed, not batik.");
    expect(screen.getByTestId("status-note").textContent).toBe("Reason: Products are printed, not batik.");
    cleanup();
    renderBanner("rejected", "id");
    expect(screen.getByTestId("status-note").textContent).toBe("Hubungi tim Canting jika Anda ingin tahu alasannya.");
    expect(screen.queryByTestId("status-continue")).toBeNull();
  });

  it("explains a suspension and its reason", () => {
    renderBanner("suspended", "id", "Dokumen IPAL kedaluwarsa.");
    expect(screen.getByTestId("seller-status-banner").textContent).toContain("profil dan produk Anda tidak tampil");
    expect(screen.getByTestId("status-note").textContent).toBe("Alasan: Dokumen IPAL kedaluwarsa.");
  });

  it("links an approved seller to their public profile", () => {
    renderBanner("approved", "en");
    expect(screen.getByTestId("status-view-profile").getAttribute("href")).toBe("/en/sellers/batik-sekar");
    expect(screen.queryByTestId("status-note")).toBeNull();
  });

  it("lets a draft continue where it left off", () => {
    renderBanner("draft", "id");
    expect(screen.getByTestId("status-continue").textContent).toBe("Lanjutkan pendaftaran");
  });
});
