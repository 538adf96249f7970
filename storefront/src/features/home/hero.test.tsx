import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import { CityPriorities, HomeSources } from "./hero";

describe("the home page's city section", () => {
  it("quotes what the city said and says what Canting shows instead of promising fair pay", () => {
    render(<CityPriorities t={createTranslator("en")} />);
    const text = screen.getByTestId("city-priorities").textContent!;
    expect(text).toContain("Lestari Batikku, Terlindungi Alamku");
    expect(text).toMatch(/Mayor asked traders to be honest/);
    expect(text).not.toMatch(/paid fairly|three priorities/i);
    expect(text).toContain("Canting does not check wages");
    expect(text).toContain("BPJS Ketenagakerjaan");
    expect(text).toContain("apprentices under 25");
  });

  it("says the same in Indonesian", () => {
    render(<CityPriorities t={createTranslator("id")} />);
    const text = screen.getByTestId("city-priorities").textContent!;
    expect(text).not.toMatch(/dibayar layak|tiga prioritas/i);
    expect(text).toContain("Canting tidak memeriksa upah");
    expect(text).toContain("magang di bawah 25 tahun");
  });

  it("links the city's own words: the 2021 theme on Tribun Jateng and the Mayor on the city radio", () => {
    render(<HomeSources t={createTranslator("id")} />);
    const hrefs = screen.getAllByRole("link").map((a) => a.getAttribute("href"));
    expect(hrefs).toContain("https://jateng.tribunnews.com/2021/10/03/pemkot-pekalongan-dorong-pemulihan-ekonomi-lewat-sektor-batik");
    expect(hrefs).toContain("https://rkb.pekalongankota.go.id/berita21961-1-wali-kota-minta-pengusaha-batik-jujur-dengan-dagangannya.html");
    expect(screen.getByRole("heading", { name: "Sumber" })).toBeTruthy();
  });
});
