// @vitest-environment node
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@canting/domain";
import { resources, type Resources } from "@canting/i18n";
import { toShopFailure } from "@/lib/shop/errors";
import { SEGMENT_KEYS, SHOP_ALERT_KEYS, SHOP_ISLAND_KEYS, islandResources, segmentResources, type Segment } from "./island-keys";
import { clientFilesOf, importsOf, keysUsedIn, pagesUnder, withoutComments, type SrcPath } from "./island-scan";
import { hasKey, hasSubtree, mergeResources, pickResources } from "./pick";

/**
 * Issue #17: a page serialises only the strings its client islands translate. The islands are
 * found from the routes (a page, its layouts and the error boundary, following imports to every
 * "use client" module), their `t("…")` keys read from the source, and each must be in what the
 * layouts pick. Adding a key to an island without adding it to island-keys.ts fails here.
 */
const SRC = fileURLToPath(new URL("../../", import.meta.url));
const LOCALE_DIR = "app/[locale]";
const BUDGET_BYTES = 5 * 1024;
const SEGMENTS = Object.keys(SEGMENT_KEYS) as Segment[];

const segmentOf = (page: SrcPath): Segment | null => {
  const first = page.slice(LOCALE_DIR.length + 1).split("/")[0];
  return (SEGMENTS as string[]).includes(first) ? (first as Segment) : null;
};
const pages = pagesUnder(SRC, LOCALE_DIR);
const shopPages = pages.filter((p) => segmentOf(p) === null);
// Rendered on every page of the locale: the header and footer, the error boundary and the 404.
const frame = [`${LOCALE_DIR}/layout.tsx`, `${LOCALE_DIR}/error.tsx`, `${LOCALE_DIR}/not-found.tsx`];
const shopIslands = clientFilesOf(SRC, [...frame, ...shopPages]);

const used = (files: SrcPath[]) => {
  const all = files.map((f) => ({ file: f, ...keysUsedIn(readFileSync(join(SRC, f), "utf8")) }));
  return {
    keys: all.flatMap((u) => u.keys.map((key) => ({ file: u.file, key }))),
    prefixes: all.flatMap((u) => u.prefixes.map((prefix) => ({ file: u.file, prefix }))),
  };
};

/** Every `t()` key of `files` that `picked` lacks, as "file: key" lines (empty when all are there). */
function missing(files: SrcPath[], picked: Partial<Resources>, full: Partial<Resources>): string[] {
  const { keys, prefixes } = used(files);
  return [
    ...keys.filter(({ key }) => !hasKey(picked, key)).map(({ file, key }) => `${file}: ${key}`),
    ...prefixes.filter(({ prefix }) => !hasSubtree(picked, full, prefix)).map(({ file, prefix }) => `${file}: ${prefix}*`),
  ];
}

/** "ns:a.b.c" for every string of a resource tree, to compare locales. */
function flatKeys(tree: unknown, at = ""): string[] {
  if (typeof tree !== "object" || tree === null) return [at];
  return Object.entries(tree).flatMap(([k, v]) => flatKeys(v, at ? `${at}${at.includes(":") ? "." : ":"}${k}` : k)).sort();
}

describe("the scanner", () => {
  it("reads keys from t() calls, branches and templates, not from comments or other calls", () => {
    const source = [
      '// t("in.comment")',
      'const a = t("shop:cart.title", { count }); const b = t(x ? "catalog.one" : "catalog.two");',
      "const c = t(`language.short.${l}`); const d = t(`vocab:technique.${x}`); const e = t(state.errorKey);",
      'const f = format("not.key"); const g = i18n.t("other.key"); const h = t("products"); const i = "image/*";',
      'const j = t("errors:required"); /* t("in.block") */',
    ].join("\n");
    expect(keysUsedIn(source)).toEqual({
      keys: ["catalog.one", "catalog.two", "errors:required", "shop:cart.title"],
      prefixes: ["language.short.", "vocab:technique."],
    });
    expect(withoutComments('const s = "a // b"; // gone\nconst r = /["\']/; /* x */ t("k.v")')).toBe('const s = "a // b"; \nconst r = /["\']/;   t("k.v")');
  });

  it("follows value imports, not type imports", () => {
    const source = 'import type { A } from "@/lib/a";\nimport { b } from "./b";\nimport "@/c.css";\nexport { d } from "../d";\nconst e = await import("@/e");';
    expect(importsOf(source)).toEqual(["./b", "@/c.css", "../d", "@/e"]);
  });

  it("finds the header's, the product page's and the error boundary's islands", () => {
    for (const file of [
      `${LOCALE_DIR}/error.tsx`, "features/catalog/search-box.tsx", "features/cart/cart-drawer.tsx", "features/cart/add-to-cart.tsx",
      "features/layout/language-switcher.tsx", "features/layout/region-switcher.tsx", "components/forms/shop-alert.tsx",
    ]) expect(shopIslands).toContain(file);
    // The shop pages hold no form: those islands live under the segments with their own provider.
    expect(shopIslands).not.toContain("components/forms/form-kit.tsx");
    expect(shopPages).toContain(`${LOCALE_DIR}/products/[handle]/page.tsx`);
  });
});

describe("pickResources", () => {
  const source = { common: { a: { b: "B", n_one: "one", n_other: "many", x: "X" }, nest: "see $t(shop:c.d)" }, shop: { c: { d: "D", e: "E" } } } as unknown as Partial<Resources>;

  it("takes keys with their plural forms, subtrees, whole namespaces and nested $t strings", () => {
    expect(pickResources(source, ["a.b", "a.n"])).toEqual({ common: { a: { b: "B", n_one: "one", n_other: "many" } } });
    expect(pickResources(source, ["nest"])).toEqual({ common: { nest: "see $t(shop:c.d)" }, shop: { c: { d: "D" } } });
    expect(pickResources(source, ["shop"])).toEqual({ shop: { c: { d: "D", e: "E" } } });
    expect(pickResources(source, ["common:a", "no.such"])).toEqual({ common: { a: { b: "B", n_one: "one", n_other: "many", x: "X" } } });
  });

  it("lets a nested provider's strings add to the ones above", () => {
    const above = pickResources(source, ["a.b"]);
    expect(mergeResources(above, pickResources(source, ["shop:c.e"]))).toEqual({ common: { a: { b: "B" } }, shop: { c: { e: "E" } } });
  });
});

describe("the shop islands' strings (every page)", () => {
  it.each(LOCALES)("hold every key the islands translate (%s)", (locale) => {
    expect(missing(shopIslands, islandResources(locale), resources[locale])).toEqual([]);
  });

  it("name no key the islands do not use, and none the resources lack", () => {
    const { keys, prefixes } = used(shopIslands);
    const unused = SHOP_ISLAND_KEYS.filter((entry) => {
      const scope = entry.includes(":") ? entry : `common:${entry}`;
      const inScope = (key: string) => {
        const full = key.includes(":") ? key : `common:${key}`;
        return full === scope || full.startsWith(`${scope}.`);
      };
      return !keys.some(({ key }) => inScope(key)) && !prefixes.some(({ prefix }) => inScope(prefix.replace(/\.$/, "")));
    });
    expect(unused).toEqual([]);
    for (const locale of LOCALES) {
      const full = resources[locale];
      expect([...SHOP_ISLAND_KEYS, ...SHOP_ALERT_KEYS].filter((k) => !hasKey(full, k) && !hasSubtree(full, full, k))).toEqual([]);
    }
  });

  it("hold every failure add to cart can show", () => {
    // The action's own refusals, and what lib/shop/errors.ts answers for each kind of backend reply.
    const action = withoutComments(readFileSync(join(SRC, "lib/actions/cart.ts"), "utf8"));
    const addToCart = action.slice(action.indexOf("export async function addToCart"), action.indexOf("export async function updateCartLine"));
    const own = [...addToCart.matchAll(/errorKey: "([^"]+)"/g)].map((m) => m[1]);
    expect(own.length).toBeGreaterThan(0);
    const replies: [number | undefined, unknown][] = [
      [undefined, undefined], [500, null], [400, { shortages: [{ variant_id: "v" }] }], [400, { errors: [{ field: "quantity", code: "required" }] }],
      [400, { message: "not enough inventory" }], [400, { message: "bad" }], [401, null], [404, null], [409, { code: "sold_out" }],
      [409, { code: "sold_out", errors: [{ variant_id: "v" }] }], [409, { code: "seller_unavailable" }], [409, { code: "whatever" }], [422, null],
      [400, { code: "below_moq", errors: [{ field: "quantity", code: "below_moq", minimum: 10 }] }],
    ];
    const answered = replies.map(([status, body]) => toShopFailure(status, body, { v: "Kain" }).errorKey);
    for (const locale of LOCALES) {
      expect([...own, ...answered].filter((key) => !hasKey(islandResources(locale), key))).toEqual([]);
    }
  });

  it.each(LOCALES)("stay within 5 KB of JSON (%s)", (locale) => {
    const bytes = Buffer.byteLength(JSON.stringify(islandResources(locale)), "utf8");
    console.info(`[island-keys] shop islands' strings, ${locale}: ${bytes} bytes of JSON`);
    expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("have the same keys in every locale", () => {
    const [first, ...rest] = LOCALES.map((locale) => flatKeys(islandResources(locale)));
    for (const other of rest) expect(other).toEqual(first);
  });
});

describe("the form segments' strings (their own layout)", () => {
  it("give every segment with a provider its layout", () => {
    for (const segment of SEGMENTS) {
      expect(readFileSync(join(SRC, LOCALE_DIR, segment, "layout.tsx"), "utf8")).toContain(`segmentResources(locale, "${segment}")`);
    }
  });

  it.each(SEGMENTS.flatMap((segment) => LOCALES.map((locale) => [segment, locale] as const)))("hold every key of the %s pages' islands (%s)", (segment, locale) => {
    const entries = [...frame, `${LOCALE_DIR}/${segment}/layout.tsx`, ...pages.filter((p) => segmentOf(p) === segment)];
    const picked = mergeResources(islandResources(locale), segmentResources(locale, segment));
    expect(missing(clientFilesOf(SRC, entries), picked, resources[locale])).toEqual([]);
  });

  it("hold every error key a shopper's form can show", () => {
    // ShopAlert and FieldError translate whatever ErrorKey a server action answers: all of them must be there.
    for (const segment of ["cart", "checkout", "account"] as const) {
      for (const locale of LOCALES) {
        const picked = segmentResources(locale, segment);
        const full = resources[locale];
        const errorKeys = [
          ...Object.keys(full.errors).map((k) => `errors:${k}`),
          ...Object.keys(full.common.errors).map((k) => `errors.${k}`),
          ...Object.keys(full.shop.errors).map((k) => `shop:errors.${k}`),
        ];
        expect(errorKeys.filter((key) => !hasKey(picked, key))).toEqual([]);
      }
    }
  });
});
