import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import { halfwayOnboarding } from "@/test/seller-fixtures";
import { OnboardingProgress } from "./onboarding-progress";

describe("OnboardingProgress", () => {
  it("shows the seven steps in order, which are complete, and where the seller is", () => {
    render(<OnboardingProgress steps={halfwayOnboarding.steps} current="address" locale="id" t={createTranslator("id")} />);
    const nav = screen.getByRole("navigation", { name: "Langkah pendaftaran" });
    const links = within(nav).getAllByRole("link");
    expect(links.map((l) => l.getAttribute("aria-label"))).toEqual([
      "Langkah 1: Usaha (lengkap)",
      "Langkah 2: Legalitas (lengkap)",
      "Langkah 3: Alamat (sedang dibuka, belum lengkap)",
      "Langkah 4: Produksi (belum lengkap)",
      "Langkah 5: Pekerja dan limbah (belum lengkap)",
      "Langkah 6: Cerita (belum lengkap)",
      "Langkah 7: Dokumen (belum lengkap)",
    ]);
    expect(links.map((l) => l.textContent?.slice(0, 1))).toEqual(["✓", "✓", "3", "4", "5", "6", "7"]);
    expect(screen.getByTestId("progress-step-address").getAttribute("aria-current")).toBe("step");
    expect(screen.getByTestId("progress-step-business").getAttribute("aria-current")).toBeNull();
    expect(screen.getByTestId("progress-caption").textContent).toBe("Langkah 3 dari 7: Alamat");
    expect(screen.getByTestId("progress-step-documents").getAttribute("href")).toBe("/id/seller/onboarding/documents");
  });

  it("speaks English to English sellers and links to the English wizard", () => {
    render(<OnboardingProgress steps={halfwayOnboarding.steps} current="documents" locale="en" t={createTranslator("en")} />);
    expect(screen.getByTestId("progress-caption").textContent).toBe("Step 7 of 7: Documents");
    expect(screen.getByTestId("progress-step-identity").getAttribute("aria-label")).toBe("Step 2: Legal details (complete)");
    expect(screen.getByTestId("progress-step-business").getAttribute("href")).toBe("/en/seller/onboarding/business");
  });

  it("marks nothing complete before the backend reports any step", () => {
    render(<OnboardingProgress steps={[]} current="business" locale="id" t={createTranslator("id")} />);
    expect(screen.getAllByRole("link").filter((l) => l.getAttribute("data-complete") === "true")).toHaveLength(0);
  });
});
