import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { createTranslator } from "@/lib/i18n/create";
import { Rubric } from "./rubric";

describe("the published rubric", () => {
  it("says plainly it is Canting's own rubric, with version and date, and not an official designation", () => {
    render(<Rubric locale="en" t={createTranslator("en")} />);
    const status = screen.getByTestId("rubric-status").textContent!;
    expect(status).toContain("This is Canting's own rubric, version v1-2026 of 7 December 2026.");
    expect(status).toContain("It is not an official designation: no ministry or agency (Kemendag, PPEI) publishes an export-readiness rubric.");
  });

  it("says the same in Indonesian", () => {
    render(<Rubric locale="id" t={createTranslator("id")} />);
    const status = screen.getByTestId("rubric-status").textContent!;
    expect(status).toContain("Ini rubrik buatan Canting sendiri, versi v1-2026 tanggal 7 Desember 2026.");
    expect(status).toContain("bukan penetapan resmi");
    expect(screen.getByTestId("rubric-reachable").textContent).toContain("86 dari 100 poin");
  });

  it("names what it is built on, with links: the three bands, ECP's 3K barriers, the city's priorities", () => {
    render(<Rubric locale="en" t={createTranslator("en")} />);
    const basis = screen.getByTestId("rubric-basis");
    expect(basis.textContent).toMatch(/Three bands \(0–39, 40–69, 70–100\)/);
    expect(basis.textContent).toContain("kualitas, kuantitas, kontinuitas");
    expect(basis.textContent).toContain("Lestari Batikku, Terlindungi Alamku");
    expect(within(basis).getAllByRole("link").map((a) => a.getAttribute("href"))).toContain(
      "https://jateng.tribunnews.com/2021/10/03/pemkot-pekalongan-dorong-pemulihan-ekonomi-lewat-sektor-batik",
    );
  });

  it("marks the items Canting cannot verify yet and gives the highest score reachable today", () => {
    render(<Rubric locale="en" t={createTranslator("en")} />);
    expect(screen.getByTestId("rubric-reachable").textContent).toContain("today the highest score a workshop can reach is 86 of 100 points");
    const unverifiable = screen.getAllByTestId("rubric-unverifiable").map((pill) => pill.closest("tr")!.querySelector("th")!.textContent);
    expect(unverifiable).toEqual(["A4", "A5", "B6", "C1", "C2", "C3"]);
    expect(within(screen.getByTestId("rubric-item-E2")).getByTestId("rubric-partly-verifiable").textContent).toBe("2 of 4 points verifiable; the rest can only be declared");
    expect(within(screen.getByTestId("rubric-item-A1")).queryByTestId("rubric-unverifiable")).toBeNull();
    expect(screen.getByTestId("rubric-legal").textContent).toContain("Active NIB with a batik KBLI");
  });

  it("gives the source of each item that rests on one", () => {
    render(<Rubric locale="en" t={createTranslator("en")} />);
    const a2 = within(screen.getByTestId("rubric-item-A2")).getByTestId("rubric-source");
    expect(a2.textContent).toContain("the 15-digit NPWP has not been valid since 1 July 2024 (PMK 136/2023)");
    expect(within(a2).getAllByRole("link").map((a) => a.textContent)).toEqual(["pajak.go.id", "bayuherkuncahyo.com", "ereg.pajak.go.id"]);
    for (const [id, text] of [["A1", "KBLI 13134"], ["B2", "Permenperin 74/M-IND/PER/9/2007"], ["B3", "SNI 8302, 8303 and 8304"], ["D2", "SIH 13134:2023"], ["D4", "JKK, JKM"], ["E1", "Export Coaching Program"]]) {
      expect(within(screen.getByTestId(`rubric-item-${id}`)).getByTestId("rubric-source").textContent, id).toContain(text);
    }
    expect(within(screen.getByTestId("rubric-item-A4")).queryByTestId("rubric-source")).toBeNull();
  });

  it("links only https sources on a named host, never a mirror (the site's source rules, docs/sources.md)", () => {
    const { container } = render(<Rubric locale="id" t={createTranslator("id")} />);
    const links = [...container.querySelectorAll("a")].map((a) => new URL(a.getAttribute("href")!));
    expect(links.length).toBeGreaterThan(10);
    for (const url of links) {
      expect(url.protocol, url.href).toBe("https:");
      expect(url.hostname, url.href).not.toMatch(/^\d+(\.\d+){3}$|scribd|flipbuilder|fliphtml5|123dok|contohseni|pdfslide|5y1|docplayer|fdokumen/);
    }
  });
});
