import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import { toTrust } from "@/lib/trust";
import type { SellerProfile as Seller } from "@/lib/types";
import { SellerProfile } from "./seller-profile";

const seller: Seller = {
  id: "sel_1", handle: "jenggot-alam-demo", name: "Sanggar Warna Alam Jenggot (Demo)", sentra: "jenggot", city: "Kota Pekalongan",
  foundedYear: 2009, techniques: ["batik_tulis"], story: null, workforceTotal: 9, workforceBpjs: 9, apprenticesUnder25: 3,
  wastewaterMethod: "communal_ipal", ipalName: "IPAL Komunal Jenggot", logoUrl: null, bannerUrl: null, productIds: [], readiness: null, badges: [],
};
const trust = toTrust({
  eco_tags: ["wastewater_treated"],
  certificates: [{ id: "cert_1", scheme: "ipal_effluent_test", subject_type: "seller", issuer: "DEMO Lab", number: "DEMO-IPAL-0001",
    expires_at: "2027-09-24", display_state: "verified", verification_method: "document_inspection", is_demo: true }],
});

describe("SellerProfile", () => {
  it("shows the workshop's verified certificates and eco labels", () => {
    render(<SellerProfile seller={seller} products={[]} trust={trust} locale="en" t={createTranslator("en")} />);
    expect(screen.getByTestId("eco-tag").textContent).toBe("Wastewater treated (IPAL)");
    const badge = screen.getByTestId("certificate-badge");
    expect(badge.textContent).toContain("Wastewater test (IPAL)");
    expect(badge.textContent).toContain("For the seller's workshop");
    // A seeded demo certificate: said to be a demo, never "verified by Canting"
    expect(badge.textContent).toContain("Demo certificate: no real document was checked.");
    expect(badge.textContent).not.toContain("Verified by Canting");
  });

  it("shows no certificate section without trust data", () => {
    render(<SellerProfile seller={seller} products={[]} locale="id" t={createTranslator("id")} />);
    expect(screen.queryByTestId("certificates")).toBeNull();
    expect(screen.getByTestId("seller-wastewater").textContent).toBe("Tersambung IPAL komunal");
  });

  it("shows the workshop's banner and logo with names that say whose they are", () => {
    const withImages = { ...seller, logoUrl: "http://localhost:9000/static/logo.png", bannerUrl: "http://localhost:9000/static/banner.jpg" };
    render(<SellerProfile seller={withImages} products={[]} locale="en" t={createTranslator("en")} />);
    expect(screen.getByTestId("seller-banner").getAttribute("src")).toBe("http://localhost:9000/static/banner.jpg");
    expect(screen.getByAltText("Cover image of Sanggar Warna Alam Jenggot (Demo)")).toBeTruthy();
    expect(screen.getByAltText("Sanggar Warna Alam Jenggot (Demo) logo")).toBeTruthy();
  });

  it("loads the banner (the page's LCP image) first, and resolves relative upload URLs against the backend", () => {
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://localhost:9123");
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test");
    render(<SellerProfile seller={{ ...seller, logoUrl: "/static/logo.webp", bannerUrl: "/static/banner.webp" }} products={[]} locale="id" t={createTranslator("id")} />);
    const banner = screen.getByTestId("seller-banner");
    expect(banner.getAttribute("src")).toBe("http://localhost:9123/static/banner.webp");
    expect([banner.getAttribute("width"), banner.getAttribute("height")]).toEqual(["1280", "320"]);
    expect(banner.getAttribute("loading")).toBe("eager");
    expect(banner.getAttribute("fetchpriority")).toBe("high");
    const logo = screen.getByAltText("Logo Sanggar Warna Alam Jenggot (Demo)");
    expect(logo.getAttribute("src")).toBe("http://localhost:9123/static/logo.webp");
    expect([logo.getAttribute("width"), logo.getAttribute("height")]).toEqual(["80", "80"]);
  });

  it("shows no empty banner when the seller has none", () => {
    render(<SellerProfile seller={seller} products={[]} locale="id" t={createTranslator("id")} />);
    expect(screen.queryByTestId("seller-banner")).toBeNull();
  });
});
