// @vitest-environment node
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as domain from "@canting/domain";
import { GUIDES } from "@/features/guides/content";
import { HOME_SOURCES } from "@/features/home/sources";

const SRC = fileURLToPath(new URL("./", import.meta.url));
const DOCS = fileURLToPath(new URL("../../docs/sources.md", import.meta.url));

/** Mirrors and content farms: they copy other people's documents, so they are never a source on the site. */
const BLOCKED_HOSTS = ["scribd", "flipbuilder", "fliphtml5", "123dok", "contohseni", "pdfslide", "5y1", "docplayer", "fdokumen"];

/** Why a source URL may not be shown on the site, or null when it may. */
function problem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "not a URL";
  }
  if (parsed.protocol !== "https:") return "not https";
  const host = parsed.hostname;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith("[")) return "bare IP address";
  if (BLOCKED_HOSTS.some((b) => host.split(".").includes(b))) return "mirror or content farm";
  return null;
}

/** Every `url: "…"` in the pages, features and shared components that render source lists (catches lists kept inside a page file). */
function sourceUrlsInCode(): { file: string; url: string }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(path);
    }
  };
  walk(join(SRC, "app"));
  walk(join(SRC, "features"));
  walk(join(SRC, "components"));
  return files.flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/\burl:\s*"([^"]+)"/g)].map((m) => ({ file: relative(SRC, file), url: m[1] })),
  );
}

/** The export rubric page links the sources each rule rests on; they live beside the rules in @canting/domain. */
function rubricUrls(): { file: string; url: string }[] {
  const { RUBRIC_SOURCES = {}, RUBRIC_BASIS_SOURCES = {} } = domain as unknown as Record<string, Record<string, readonly string[]> | undefined>;
  return [...Object.values(RUBRIC_SOURCES), ...Object.values(RUBRIC_BASIS_SOURCES)].flat().map((url) => ({ file: "@canting/domain readiness-sources", url }));
}

describe("sources shown on the site", () => {
  const shown = [
    ...Object.values(GUIDES).flatMap((g) => g.sources.map((s) => ({ file: "features/guides/content.ts", url: s.url }))),
    ...HOME_SOURCES.map((s) => ({ file: "features/home/sources.ts", url: s.url })),
    ...sourceUrlsInCode(),
    ...rubricUrls(),
  ];

  it("covers the guides, the home page and the eco page", () => {
    const files = new Set(shown.map((s) => s.file));
    expect(files).toContain("features/guides/content.ts");
    expect(files).toContain("features/home/sources.ts");
    expect([...files].some((f) => f.includes("eco/page.tsx"))).toBe(true);
  });

  it("links only https sources on a named host, never a mirror or content farm", () => {
    const bad = shown.map((s) => ({ ...s, problem: problem(s.url) })).filter((s) => s.problem);
    expect(bad).toEqual([]);
  });

  it("lists every one of them in docs/sources.md, with the fact it supports", () => {
    const docs = readFileSync(DOCS, "utf8");
    expect(shown.filter((s) => !docs.includes(s.url))).toEqual([]);
  });

  it("turns away the kinds of link issue #15 found", () => {
    expect(problem("http://148.72.206.73/index.php/perbedaan-kain-batik-asli-dengan-tiruannya-menurut-pakar")).toBe("not https");
    expect(problem("https://148.72.206.73/index.php/x")).toBe("bare IP address");
    expect(problem("https://id.scribd.com/document/528904172/x")).toBe("mirror or content farm");
    expect(problem("https://online.flipbuilder.com/iwsk/xwdu/files/basic-html/page48.html")).toBe("mirror or content farm");
    expect(problem("https://contohseni.com/motif-batik-pekalongan/")).toBe("mirror or content farm");
    expect(problem("https://text-id.123dok.com/document/x.html")).toBe("mirror or content farm");
    expect(problem("https://info.5y1.org/x.html")).toBe("mirror or content farm");
    expect(problem("https://rkb.pekalongankota.go.id/berita21961-1-wali-kota-minta-pengusaha-batik-jujur-dengan-dagangannya.html")).toBeNull();
  });
});
