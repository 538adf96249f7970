import { describe, expect, it } from "vitest";
import { synonymMap, synonymsFor } from "./synonyms";

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
});
