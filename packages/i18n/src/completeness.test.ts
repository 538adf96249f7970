import { describe, expect, it } from "vitest";
import { LOCALES, VOCABULARY } from "@canting/domain";
import { resources, NAMESPACES } from "./index";

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`)));

describe("vocabulary labels", () => {
  for (const locale of LOCALES) {
    it(`labels every domain code in ${locale}`, () => {
      const vocab = resources[locale].vocab as unknown as Record<string, Record<string, string>>;
      const missing: string[] = [];
      for (const [group, codes] of Object.entries(VOCABULARY)) {
        for (const code of codes) {
          const label = vocab[group]?.[code];
          if (typeof label !== "string" || label.trim() === "") missing.push(`${group}.${code}`);
        }
      }
      expect(missing).toEqual([]);
    });
  }

  it("labels imitation techniques as not batik in every locale", () => {
    expect(resources.id.vocab.technique.tiruan_batik_printing).toMatch(/bukan batik/i);
    expect(resources.en.vocab.technique.tiruan_batik_printing).toMatch(/not batik/i);
  });
});

describe("UI strings", () => {
  it("has the same keys in every locale and namespace, none empty", () => {
    for (const ns of NAMESPACES) {
      const keysByLocale = LOCALES.map((l) => flatten(resources[l][ns] as unknown as Tree).sort());
      for (const keys of keysByLocale) expect(keys).toEqual(keysByLocale[0]);
      for (const l of LOCALES) {
        const tree = resources[l][ns] as unknown as Tree;
        const empty = flatten(tree).filter((k) => {
          const v = k.split(".").reduce<Tree | string>((t, p) => (t as Tree)[p], tree);
          return typeof v !== "string" || v.trim() === "";
        });
        expect(empty, `${l}/${ns}`).toEqual([]);
      }
    }
  });
  it("uses the same {{placeholders}} in every locale", () => {
    const leaves = (tree: Tree, prefix = ""): [string, string][] =>
      Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v]] : leaves(v, `${prefix}${k}.`)));
    const vars = (text: string | undefined) => [...(text ?? "").matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort().join(",");
    const differ: string[] = [];
    for (const ns of NAMESPACES) {
      const [first, ...others] = LOCALES.map((l) => new Map(leaves(resources[l][ns] as unknown as Tree)));
      for (const [key, text] of first) for (const other of others) if (vars(text) !== vars(other.get(key))) differ.push(`${ns}:${key}`);
    }
    expect(differ).toEqual([]);
  });
  it("has real UI copy", () => {
    expect(Object.keys(resources.id.common).length).toBeGreaterThan(10);
  });
  it("has the admin extension's copy: sidebar labels and the three pages", () => {
    for (const l of LOCALES) expect(Object.keys(resources[l].admin)).toEqual(["nav", "sellers", "certificates", "trainings"]);
  });
});
