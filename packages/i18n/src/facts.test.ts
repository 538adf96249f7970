import { describe, expect, it } from "vitest";
import { LOCALES, PASSWORD_MIN_LENGTH } from "@canting/domain";
import { resources, NAMESPACES } from "./index";

// Facts a reader sees, checked against shared/research/domain-batik.md (issue #15); docs/sources.md
// lists each with its source. These pin the corrections so a later edit cannot bring an error back.

type Tree = { [key: string]: string | Tree };
const strings = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === "string" ? [v] : strings(v)));
const everything = (locale: (typeof LOCALES)[number]) =>
  NAMESPACES.flatMap((ns) => strings(resources[locale][ns] as unknown as Tree));

describe("facts in the copy", () => {
  it("labels a combined imitation (paduan tiruan batik) as not batik, as SNI 8184 says, never as 'not pure batik'", () => {
    expect(resources.id.vocab.technique.paduan_tiruan_batik).toBe("Paduan tiruan batik (bukan batik)");
    expect(resources.en.vocab.technique.paduan_tiruan_batik).toMatch(/\(not batik\)$/);
    for (const locale of LOCALES) {
      const { technique, techniqueNote } = resources[locale].vocab;
      for (const text of [technique.paduan_tiruan_batik, techniqueNote.paduan_tiruan_batik]) expect(text).not.toMatch(/murni|pure|part batik/i);
    }
  });

  it("says batik tulis is written with a canting, not painted (painting is batik lukis)", () => {
    expect(resources.id.vocab.techniqueNote.batik_tulis).toMatch(/^Ditulis dengan canting tulis/);
    for (const locale of LOCALES) expect(resources[locale].vocab.techniqueNote.batik_tulis).not.toMatch(/lukis|paint/i);
  });

  it("names the conditions of the HS headings in the listing form's hint", () => {
    const en = resources.en.common.sellerListings.form.hsCodeHint;
    const id = resources.id.common.sellerListings.form.hsCodeHint;
    for (const hint of [en, id]) {
      expect(hint).toContain("520852");
      expect(hint).toContain("85%");
      expect(hint).toMatch(/100\b.*200 g\/m²/);
      for (const heading of ["5208", "5209", "5007", "6214"]) expect(hint).toContain(heading);
    }
    expect(en).toMatch(/printed plain-weave/);
  });

  it("puts the ecolabel scheme with the Ministry of Environment, not with KLHK, which was split in October 2024", () => {
    for (const locale of LOCALES) {
      const { what, verify } = resources[locale].certs.eco.scheme.ekolabel;
      expect(what).toMatch(/2024/);
      expect(verify).toMatch(locale === "id" ? /Kementerian Lingkungan Hidup \(dulu KLHK\)/ : /Ministry of Environment \(formerly KLHK\)/);
    }
  });

  it("dates Eliza van Zuylen as a batik entrepreneur active about 1890–1946", () => {
    expect(resources.id.guides.motifs.buketan.body).toMatch(/pengusaha batik.*1890–1946/);
    expect(resources.en.guides.motifs.buketan.body).toMatch(/batik entrepreneur.*1890–1946/);
  });

  it("shows no figure whose only source was a flipbook, and gives cap stamps two dimensions", () => {
    for (const locale of LOCALES) {
      const all = everything(locale).join("\n");
      expect(all).not.toMatch(/4 : 2 : 1|4:2:1/);
      expect(all).not.toMatch(/18–20 cm (persegi|square)/);
    }
    expect(resources.id.guides.techniques.cap.body).toContain("18 × 18 sampai 20 × 20 cm");
    expect(resources.en.guides.techniques.cap.body).toContain("18 × 18 to 20 × 20 cm");
  });

  it("promises no fair pay on the home page, since Canting does not check wages", () => {
    expect(resources.en.guides.home.welfare).not.toMatch(/paid fairly/i);
    expect(resources.id.guides.home.welfare).not.toMatch(/dibayar layak/i);
    expect(resources.en.guides.home.welfare).toMatch(/does not check wages/);
  });
});

describe("the password rule in the copy", () => {
  it("states the length the backend enforces, from the one definition", () => {
    for (const locale of LOCALES) {
      const r = resources[locale];
      expect(r.errors.password_too_short).toContain(String(PASSWORD_MIN_LENGTH));
      expect(r.common.sellerAuth.passwordHint).toContain("{{min}}");
      expect(r.shop.account.passwordHint).toContain("{{min}}");
    }
  });
});
