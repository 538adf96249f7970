import { describe, expect, it } from "vitest";
import { SYNONYM_GROUPS, synonymMap, synonymsFor } from "./synonyms";
import { BATIK_TECHNIQUES } from "./techniques";

describe("search synonyms", () => {
  it("gives a tulis product the English words shoppers use for it", () => {
    const words = synonymsFor({ technique: ["batik_tulis"] });
    expect(words).toEqual(expect.arrayContaining(["hand-drawn", "tulis"]));
    expect(words).not.toContain("stamped");
  });

  it("gives a naturally dyed product both languages' names for natural dye", () => {
    expect(synonymsFor({ dye_family: ["natural"] })).toEqual(expect.arrayContaining(["pewarna alam", "natural dye"]));
  });

  it("applies uncoded groups only when a term is a whole word of the text", () => {
    expect(synonymsFor({}, "Kain batik indigo")).toEqual(expect.arrayContaining(["nila", "cloth"]));
    expect(synonymsFor({}, "Kainan")).toEqual([]);
  });

  it("maps every term both ways for engines with a synonyms setting", () => {
    const map = synonymMap();
    expect(map["hand-drawn"]).toContain("tulis");
    expect(map["tulis"]).toContain("hand-drawn");
    expect(map["pewarna alam"]).toContain("natural dye");
  });

  it("never files painting under batik tulis: hand-painted, lukis and painted find no tulis cloth", () => {
    const tulis = synonymsFor({ technique: ["batik_tulis"] });
    const map = synonymMap();
    for (const word of ["hand-painted", "hand painted", "painted", "lukis", "dilukis", "batik lukis"]) {
      expect(tulis).not.toContain(word);
      expect(map[word] ?? []).not.toContain("tulis");
      expect(map[word] ?? []).not.toContain("batik tulis");
    }
  });

  it("never joins a batik technique with printing: no batik technique's words include print words", () => {
    const printWords = ["print", "printed", "printing", "block-printed", "block printed", "sablon", "tiruan", "imitation"];
    for (const code of BATIK_TECHNIQUES) {
      const words = synonymsFor({ technique: [code] });
      for (const word of printWords) expect(words, `${code} → ${word}`).not.toContain(word);
    }
    const map = synonymMap();
    for (const word of printWords) for (const batik of ["tulis", "batik tulis", "cap", "batik cap", "kombinasi"]) {
      expect(map[word] ?? [], `${word} ↔ ${batik}`).not.toContain(batik);
    }
  });

  it("never makes natural and synthetic dyes synonyms of each other", () => {
    const map = synonymMap();
    for (const natural of ["pewarna alam", "natural dye", "natural dyes"]) {
      for (const synthetic of ["pewarna sintetis", "synthetic dye", "synthetic dyes", "sintetis"]) {
        expect(map[natural] ?? [], `${natural} ↔ ${synthetic}`).not.toContain(synthetic);
      }
    }
  });

  it("knows the Indonesian names for viscose and keeps every term lowercase", () => {
    expect(synonymsFor({ fabric: ["rayon_viscose"] })).toEqual(expect.arrayContaining(["viskosa", "fiskos", "viscose", "rayon"]));
    for (const group of SYNONYM_GROUPS) for (const term of group.terms) expect(term).toBe(term.toLowerCase());
  });
});
