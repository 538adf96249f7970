import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import { directoryQuery, parseDirectoryFilters, toSellerListItem, type SellerListItem } from "@/lib/sellers-directory";
import { toSellerTrust } from "@/lib/readiness/seller-trust";
import { SellerReadiness } from "@/components/readiness/seller-readiness";
import { DirectoryFiltersForm, SellerList } from "./seller-list";

const raw = {
  id: "sel_1", handle: "batik-kauman", name: "Batik Kauman (demo)", sentra: "kauman", city: "Kota Pekalongan", techniques: ["batik_tulis", "laser"],
  founded_year: 1985, workforce_total: 12, readiness_band: "export_ready", is_demo: true,
  capacity: [{ technique: "batik_tulis", units_per_month: 40, lead_time_days: 30 }, { technique: "nope", units_per_month: 1, lead_time_days: 1 }],
};

describe("sellers directory", () => {
  it("reads filters from the URL and asks the API for export-ready sellers only when ticked", () => {
    const f = parseDirectoryFilters({ technique: "batik_cap", sentra: "atlantis", export_ready: "1", page: "2" });
    expect(f).toEqual({ q: "", technique: "batik_cap", sentra: null, exportReady: true, page: 2 });
    expect(directoryQuery(f)).toEqual({ limit: 24, offset: 24, technique: "batik_cap", export_ready: "true" });
    expect(directoryQuery(parseDirectoryFilters({}))).not.toHaveProperty("export_ready");
  });

  it("shows each maker with band, techniques and, for export buyers, capacity, lead time and the export desk", () => {
    const seller = toSellerListItem(raw) as SellerListItem;
    expect(seller.techniques).toEqual(["batik_tulis"]);
    render(<SellerList sellers={[seller]} locale="en" t={createTranslator("en")} withCapacity exportDesk="desk@canting.test" />);
    const tile = within(screen.getByTestId("seller-tile-batik-kauman"));
    expect(tile.getByTestId("seller-tile-band").textContent).toBe("Export-ready");
    expect(tile.getByText(/40 pieces\/month, 30 days/)).toBeTruthy();
    expect(tile.getByRole("link", { name: /export desk/ }).getAttribute("href")).toBe("mailto:desk@canting.test?subject=Canting%3A%20Batik%20Kauman%20(demo)%20(batik-kauman)");
    expect(tile.getByRole("link", { name: "View the profile of Batik Kauman (demo)" }).getAttribute("href")).toBe("/en/sellers/batik-kauman");
  });

  it("marks demo workshops and says the band is Canting's own rubric, not an official designation", () => {
    const demo = toSellerListItem(raw) as SellerListItem;
    const real = toSellerListItem({ ...raw, handle: "batik-nyata", name: "Batik Nyata", is_demo: false }) as SellerListItem;
    render(<SellerList sellers={[demo, real]} locale="id" t={createTranslator("id")} />);
    expect(within(screen.getByTestId("seller-tile-batik-kauman")).getByTestId("seller-tile-demo").textContent).toBe("Data demo");
    expect(within(screen.getByTestId("seller-tile-batik-nyata")).queryByTestId("seller-tile-demo")).toBeNull();
    const note = screen.getByTestId("rubric-note");
    expect(note.textContent).toBe("Rubrik kesiapan ekspor buatan Canting v1-2026, bukan penetapan resmi");
    expect(within(note).getByRole("link").getAttribute("href")).toBe("/id/export/rubric");
    expect(screen.getByTestId("directory-demo-note").textContent).toContain("contoh fiktif");
  });

  it("says nothing about bands or demo data when no tile shows a band", () => {
    const plain = toSellerListItem({ ...raw, readiness_band: null }) as SellerListItem;
    render(<SellerList sellers={[plain]} locale="en" t={createTranslator("en")} />);
    expect(screen.queryByTestId("rubric-note")).toBeNull();
    expect(screen.queryByTestId("directory-demo-note")).toBeNull();
  });

  it("explains the export-ready filter: Canting's own rubric, linked", () => {
    render(<DirectoryFiltersForm locale="en" filters={parseDirectoryFilters({ export_ready: "1" })} t={createTranslator("en")} />);
    const note = screen.getByTestId("rubric-note");
    expect(screen.getByTestId("filter-export-ready").getAttribute("aria-describedby")).toBe(note.id);
    expect(note.textContent).toBe("Canting's own export-readiness rubric v1-2026, not an official designation");
    expect(within(note).getByRole("link").getAttribute("href")).toBe("/en/export/rubric");
  });

  it("keeps the chosen filters in the form", () => {
    render(<DirectoryFiltersForm locale="id" filters={parseDirectoryFilters({ export_ready: "1", q: "kauman" })} t={createTranslator("id")} />);
    expect((screen.getByTestId("filter-export-ready") as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId("directory-filters").getAttribute("action")).toBe("/id/sellers");
  });
});

describe("public seller readiness", () => {
  it("shows the band with its meaning and only the badges the store API sends (verified ones)", () => {
    const trust = toSellerTrust({ readiness: { score: 74, band: "export_ready", version: "v1-2026" },
      badges: [{ program_kind: "ppei_short_course", program_name: "Kelas ekspor (demo)", organiser: "PPEI", level: "completed", year: 2025 }] });
    render(<SellerReadiness trust={trust} t={createTranslator("id")} />);
    expect(screen.getByTestId("seller-readiness-band").textContent).toBe("Siap ekspor");
    expect(screen.getByTestId("seller-readiness").textContent).toContain("Skor 74/100");
    expect(screen.getByTestId("seller-badge").textContent).toContain("Kelas ekspor (demo) · 2025");
  });

  it("shows how many points Canting verified and how many the workshop only declared, and what the rubric is", () => {
    const trust = toSellerTrust({ readiness: { score: 71, band: "export_ready", version: "v1-2026", max: 100, verifiable_max: 86, verified_points: 56, self_declared_points: 15.5 } });
    render(<SellerReadiness trust={trust} t={createTranslator("id")} locale="id" />);
    expect(screen.getByTestId("seller-readiness-split").textContent).toBe("Dari 71,5 poin yang diperoleh (skor dibulatkan ke bawah), 56 berdasarkan bukti yang diverifikasi Canting dan 15,5 berdasarkan jawaban usaha batik sendiri.");
    expect(screen.getByTestId("seller-readiness").textContent).toContain("paling tinggi 86 dari 100 poin");
    expect(screen.getByTestId("seller-readiness").textContent).not.toContain("Dihitung dari bukti yang diverifikasi Canting:");
    const note = screen.getByTestId("rubric-note");
    expect(note.textContent).toBe("Rubrik kesiapan ekspor buatan Canting v1-2026, bukan penetapan resmi");
    expect(within(note).getByRole("link").getAttribute("href")).toBe("/id/export/rubric");
    expect(screen.queryByTestId("seller-readiness-demo")).toBeNull();
  });

  it("says demo where the workshop is demo", () => {
    const trust = toSellerTrust({ is_demo: true, readiness: { score: 71, band: "export_ready", version: "v1-2026", verified_points: 56, self_declared_points: 15.5 } });
    render(<SellerReadiness trust={trust} t={createTranslator("en")} makerName="Batik Kauman (demo)" />);
    expect(screen.getByTestId("seller-readiness-demo").textContent).toBe("Demo data");
    expect(screen.getByTestId("seller-readiness-demo-note").textContent).toBe("Demo workshop: this score is computed from fictional sample data.");
    // Without a locale from the page, the link follows the translator's language.
    expect(within(screen.getByTestId("rubric-note")).getByRole("link").getAttribute("href")).toBe("/en/export/rubric");
  });

  it("names the maker when shown under one of its products", () => {
    render(<SellerReadiness trust={toSellerTrust({ readiness: { score: 45, band: "ready_with_support", version: "v1-2026" } })} t={createTranslator("en")} makerName="Batik Kauman" />);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Export readiness of Batik Kauman");
    expect(screen.getByTestId("seller-readiness-band").textContent).toBe("Ready with support");
  });

  it("shows nothing for a seller without a score or badges", () => {
    const { container } = render(<SellerReadiness trust={toSellerTrust({})} t={createTranslator("en")} />);
    expect(container.textContent).toBe("");
  });
});
