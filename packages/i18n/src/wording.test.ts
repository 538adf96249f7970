import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { RETIRED_WORDS } from "./wording";

const root = resolve(__dirname, "../../..");
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

/** Every line of the given files that uses a retired word, as "file:line: word → use instead". */
function retiredUses(files: string[]): string[] {
  return files.flatMap((file) =>
    readFileSync(file, "utf8").split("\n").flatMap((line, i) =>
      RETIRED_WORDS.filter((w) => w.pattern.test(line)).map(
        (w) => `${relative(root, file)}:${i + 1}: "${w.retired}" → ${w.use}`,
      ),
    ),
  );
}

describe("the trade's wording (docs/glossary.md)", () => {
  const locales = filesUnder(join(root, "packages/i18n/src/locales")).filter((f) => f.endsWith(".json"));
  const seed = filesUnder(join(root, "backend/src/scripts/seed")).filter((f) => /\.(ts|json)$/.test(f));

  it("finds the files it checks", () => {
    expect(locales.length).toBeGreaterThan(10);
    expect(seed.map((f) => relative(root, f))).toContain("backend/src/scripts/seed/demo-accounts.json");
  });

  it("uses no retired word in any locale file", () => {
    expect(retiredUses(locales)).toEqual([]);
  });

  it("uses no retired word in the demo seed text", () => {
    expect(retiredUses(seed)).toEqual([]);
  });

  it("catches the words it retires", () => {
    const probe = (text: string) => RETIRED_WORDS.some((w) => w.pattern.test(text));
    for (const bad of ["Kunjungan ke bengkel", "Dilukis tangan", "bukan batik murni", "Pasar batik dari Pekalongan",
      "bau lilin", "Tekstil motif batik", "Hapus semua saringan", "zat peluntur", "Segera kedaluwarsa"]) {
      expect(probe(bad), bad).toBe(true);
    }
    for (const good of ["Lokapasar batik dari Pekalongan", "Tekstil bermotif batik", "bau malam batik", "Hapus semua filter",
      "Segera berakhir", "Kedaluwarsa", "Viskosa (rayon)", "perajin cap tembaga"]) {
      expect(probe(good), good).toBe(false);
    }
  });
});
