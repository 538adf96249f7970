// @vitest-environment node
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The storefront's layers point one way: `app → features → components → lib`, never back
 * (ARCHITECTURE.md, "Storefront"). lib is non-React code and imports none of the others;
 * components (shared React parts) import only lib; a feature imports lib and components but no
 * other feature; only app composes features. Tests are held to the same rule as the code they test.
 */
const SRC = fileURLToPath(new URL("./", import.meta.url));

/** Every module a source file names: static, side-effect (CSS), dynamic and re-exports, and `vi.mock`/`require` targets. */
function specifiersOf(source: string): string[] {
  const pattern = /(?:\bfrom|\bimport|\bimport\s*\(|\b(?:vi\.(?:mock|doMock|importActual|importMock)|require)\s*\()\s*["']([^"'\n]+)["']/g;
  return [...source.matchAll(pattern)].map((m) => m[1]);
}

/** Where a specifier lands inside src/, as a `/`-separated path (`features/cart/model`), or null for packages. */
function targetOf(specifier: string, fromFile: string): string | null {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (!specifier.startsWith(".")) return null;
  const path = relative(SRC, resolve(dirname(join(SRC, fromFile)), specifier)).split(sep).join("/");
  return path.startsWith("..") ? null : path;
}

/** Why `file` (src-relative) may not import `target` (src-relative), or null when it may. */
function ruleBroken(file: string, target: string): string | null {
  const [layer, feature] = file.split("/");
  const [to, toFeature] = target.split("/");
  if (layer === "lib" && (to === "features" || to === "app" || to === "components")) return `lib imports ${to}`;
  if (layer === "components" && (to === "features" || to === "app")) return `components import ${to}`;
  if (layer === "features" && to === "app") return "a feature imports app";
  if (layer === "features" && to === "features" && toFeature !== feature) return `feature ${feature} imports feature ${toFeature}`;
  return null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [relative(SRC, path).split(sep).join("/")] : [];
  });
}

function violations(): string[] {
  return ["lib", "components", "features"].flatMap((layer) => {
    let files: string[];
    try {
      files = sourceFiles(join(SRC, layer));
    } catch {
      return []; // a layer that does not exist yet breaks no rule
    }
    return files.flatMap((file) => specifiersOf(readFileSync(join(SRC, file), "utf8")).flatMap((specifier) => {
      const target = targetOf(specifier, file);
      const why = target && ruleBroken(file, target);
      return why ? [`${file} → ${specifier} (${why})`] : [];
    }));
  });
}

describe("storefront layers: app → features → components → lib", () => {
  it("finds every kind of import, aliased or relative", () => {
    const source = [
      'import { a } from "@/features/cart/model";',
      'import type { B } from "../../features/orders/model";',
      'import "@/features/catalog/catalog.css";',
      'export { c } from "@/app/sitemap";',
      'const { default: d } = await import("@/app/robots");',
      'vi.mock("@/features/cart/result", () => ({}));',
      'import {\n  e,\n} from "./model";',
      'import { f } from "next/link";',
    ].join("\n");
    const found = specifiersOf(source);
    expect(found).toEqual([
      "@/features/cart/model", "../../features/orders/model", "@/features/catalog/catalog.css", "@/app/sitemap",
      "@/app/robots", "@/features/cart/result", "./model", "next/link",
    ]);
    expect(found.map((s) => targetOf(s, "lib/data/orders.ts"))).toEqual([
      "features/cart/model", "features/orders/model", "features/catalog/catalog.css", "app/sitemap",
      "app/robots", "features/cart/result", "lib/data/model", null,
    ]);
  });

  it("turns away imports that point back up or across features", () => {
    expect(ruleBroken("lib/product-jsonld.ts", "features/seller-certs/trust")).toBe("lib imports features");
    expect(ruleBroken("lib/seo.test.ts", "app/sitemap")).toBe("lib imports app");
    expect(ruleBroken("lib/format.ts", "components/forms/form-kit")).toBe("lib imports components");
    expect(ruleBroken("components/product/product-grid.tsx", "features/products/product-card")).toBe("components import features");
    expect(ruleBroken("features/sellers/seller-profile.tsx", "features/products/product-grid")).toBe("feature sellers imports feature products");
    expect(ruleBroken("features/cart/cart-drawer.tsx", "app/globals.css")).toBe("a feature imports app");
    // allowed: downwards, and within one feature
    expect(ruleBroken("features/sellers/seller-profile.tsx", "components/product/product-grid")).toBeNull();
    expect(ruleBroken("features/cart/cart-drawer.tsx", "features/cart/cart-line-controls")).toBeNull();
    expect(ruleBroken("components/forms/form-kit.tsx", "lib/i18n/client")).toBeNull();
    expect(ruleBroken("app/[locale]/page.tsx", "features/home/hero")).toBeNull();
  });

  it("holds in src/: lib and components never import features or app, and no feature imports another", () => {
    expect(violations()).toEqual([]);
  });
});
