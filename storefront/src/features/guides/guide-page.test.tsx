import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { LOCALES } from "@canting/domain";
import { resources } from "@canting/i18n";
import { createTranslator } from "@/lib/i18n/create";
import { GUIDES, GUIDE_SLUGS } from "./content";
import { GuideCards, GuidePage } from "./guide-page";

const lookup = (tree: unknown, path: string) =>
  path.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe("guides", () => {
  it("has every piece of copy a guide refers to, in every locale", () => {
    const missing: string[] = [];
    for (const locale of LOCALES) {
      for (const slug of GUIDE_SLUGS) {
        const { key, entries, notes } = GUIDES[slug];
        const paths = ["title", "summary", "lead", ...entries.flatMap((e) => [`${e}.name`, `${e}.body`]), ...notes.flat()];
        for (const p of paths) if (typeof lookup(resources[locale].guides, `${key}.${p}`) !== "string") missing.push(`${locale}:${key}.${p}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("shows how to tell the techniques apart, calls printing not batik, and cites its sources", () => {
    render(<GuidePage slug="techniques" locale="en" t={createTranslator("en")} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toMatch(/hand-drawn, (hand-)?stamped/i);
    expect(screen.getByTestId("guide-entry-tulis").textContent).toContain("SNI 8302");
    expect(screen.getByTestId("guide-entry-tulis").textContent).toMatch(/both sides/);
    expect(screen.getByTestId("guide-entry-tiruan").textContent).toMatch(/not batik/);
    const sources = screen.getAllByRole("link").map((a) => a.getAttribute("href"));
    expect(sources).toContain("https://rkb.pekalongankota.go.id/berita21961-1-wali-kota-minta-pengusaha-batik-jujur-dengan-dagangannya.html");
  });

  it("quotes, word for word, the technique labels the site puts on imitation cloth", () => {
    for (const locale of LOCALES) {
      const { unmount } = render(<GuidePage slug="techniques" locale={locale} t={createTranslator(locale)} />);
      const signs = screen.getByTestId("guide-entry-tiruan").querySelector(".guide__signs")!.textContent!;
      const quoted = [...signs.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
      const { technique } = resources[locale].vocab;
      expect(quoted, locale).toEqual([technique.tiruan_batik_printing, technique.paduan_tiruan_batik]);
      unmount();
    }
  });

  it("gives cap stamp sizes as two dimensions and dates Eliza van Zuylen as an entrepreneur", () => {
    render(<GuidePage slug="techniques" locale="en" t={createTranslator("en")} />);
    expect(screen.getByTestId("guide-entry-cap").textContent).toContain("18 × 18 to 20 × 20 cm");
    render(<GuidePage slug="motifs" locale="id" t={createTranslator("id")} />);
    const buketan = screen.getByTestId("guide-entry-buketan").textContent!;
    expect(buketan).toContain("pengusaha batik");
    expect(buketan).toContain("1890–1946");
    expect(buketan).not.toMatch(/pembatik Indo-Eropa seperti Eliza/);
  });

  it("renders the motif guide in Indonesian with a link back to all guides", () => {
    render(<GuidePage slug="motifs" locale="id" t={createTranslator("id")} />);
    expect(screen.getByTestId("guide-entry-jlamprang").textContent).toContain("Gujarat");
    expect(screen.getByRole("link", { name: /Semua panduan/ }).getAttribute("href")).toBe("/id/guides");
  });

  it("links a card to each guide in the shopper's language", () => {
    render(<GuideCards locale="en" t={createTranslator("en")} />);
    const hrefs = screen.getAllByRole("link").map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual(["/en/guides/techniques", "/en/guides/motifs", "/en/guides/natural-dyes"]);
    expect(screen.getByRole("link", { name: "Natural dyes" })).toBeTruthy();
  });
});
